# Hand-annotated full-length AP (APW) / New York Times (NYT) style wire articles, 1998-2000,
# US domestic subjects. TimeML 1.2.1 / TimeBank 1.2 (TempEval-3) TIMEX3 conventions.
# Each case: (DCT, text, [(extent, TYPE, value, mod), ...in text order], flag)
# Flag "D" = TimeML practice for some mention in the article is debatable.
N = None
CASES = []

# 1. Criminal trial verdict (APW). DCT Tuesday 1999-02-23.
# D: "about two and a half hours" value PT2H30M; "two weeks ago" at day precision
#    (TimeBank APW19980322: "two weeks ago" -> the day); "Since then" left untagged.
CASES.append(("1999-02-23", """JASPER, Texas (AP) -- A jury on Tuesday convicted John William King of capital murder in the dragging death of James Byrd Jr., a black man who was chained to the back of a pickup truck and pulled to his death along a rural East Texas road last summer.

The jury of 11 whites and one black deliberated for about two and a half hours before returning the verdict at 11:35 a.m. CST. King, 24, showed no emotion as state District Judge Joe Bob Golden read the decision in the crowded courtroom.

The same jury will begin hearing testimony Wednesday morning to decide whether King should be sentenced to death or life in prison. Prosecutors said the punishment phase could last a week.

"We're relieved, but this is not over," said Byrd's sister, Clara Taylor, outside the courthouse. "We've waited eight months for this."

Prosecutors said King, an avowed racist with a tattoo of a lynched black man on his arm, wanted to start a white supremacist group in Jasper and used the killing to announce it. District Attorney Guy James Gray told jurors in closing arguments Monday that King was "the leader of the pack."

Defense attorney Haden "Sonny" Cribbs argued that King had left the group before the attack and was not in the truck when Byrd was killed. Cribbs said Tuesday afternoon that he would appeal. "The evidence never put my client in that truck," he said.

Byrd, 49, was walking home from a niece's bridal shower on June 7, 1998, when he accepted a ride from three white men. Authorities said he was beaten, chained by his ankles and dragged about three miles. His head and right arm were found about a mile from the rest of his body.

The next day, King, Lawrence Russell Brewer and Shawn Allen Berry were arrested. King and Brewer had met in prison in the mid-1990s, where investigators said they joined a racist gang.

Since then, the case has drawn the Ku Klux Klan and the New Black Panther Party to the town of 8,000, and President Clinton mentioned Byrd in remarks last June as an example of the hate crimes Congress should address. Texas lawmakers are weighing a hate-crimes bill this spring, and a state Senate committee is expected to take it up next month.

Jury selection in King's trial began Jan. 25, and testimony opened two weeks ago. Over the past seven days, prosecutors called 48 witnesses, including an FBI expert who matched King's sandals to a footprint found near the scene.

Brewer is scheduled to go on trial in September in Bryan, Texas, after his lawyers won a change of venue. Berry's trial has not been set, but Gray said he expected it to begin by the end of the year.

"Jasper is going to be known for more than this," said the Rev. Kenneth Lyons, a local pastor. "But nobody here will forget James Byrd.\"""", [
  ("Tuesday","DATE","1999-02-23",N),
  ("last summer","DATE","1998-SU",N),
  ("about two and a half hours","DURATION","PT2H30M","APPROX"),
  ("11:35 a.m. CST","TIME","1999-02-23T11:35",N),
  ("Wednesday morning","TIME","1999-02-24TMO",N),
  ("a week","DURATION","P1W",N),
  ("eight months","DURATION","P8M",N),
  ("Monday","DATE","1999-02-22",N),
  ("Tuesday afternoon","TIME","1999-02-23TAF",N),
  ("June 7, 1998","DATE","1998-06-07",N),
  ("The next day","DATE","1998-06-08",N),
  ("the mid-1990s","DATE","199","MID"),
  ("last June","DATE","1998-06",N),
  ("this spring","DATE","1999-SP",N),
  ("next month","DATE","1999-03",N),
  ("Jan. 25","DATE","1999-01-25",N),
  ("two weeks ago","DATE","1999-02-09",N),
  ("the past seven days","DURATION","P7D",N),
  ("September","DATE","1999-09",N),
  ("the end of the year","DATE","1999","END"),
], "D"))

# 2. Winter storm (APW). DCT Sunday 1999-01-03 (ISO week 1998-W53).
# D: "the weekend" -> 1998-W53-WE (ISO week of a Sunday in early January); "the night" TIME
#    anchored on Saturday; "the end of the week" = the coming week 1999-W01 mod END;
#    "a month later" anchored on "January 1979" -> 1979-02.
CASES.append(("1999-01-03", """CHICAGO (AP) -- The biggest snowstorm to hit Chicago in more than three decades shut down O'Hare International Airport for much of the weekend and left thousands of holiday travelers stranded.

Up to 21.6 inches of snow had fallen at O'Hare by 6 a.m. today, the National Weather Service said, making the storm the second-worst in the city's history behind the blizzard of January 1967, when 23 inches fell over two days.

The snow began falling early Saturday and continued through the night, whipped by winds gusting to 40 mph. Forecasters said another 2 to 4 inches could fall by this evening before the storm moves east into Indiana and Michigan.

"I've lived here 50 years and I've never seen anything like this," said Walter Kowalski, 71, who was shoveling his driveway on the Northwest Side early this morning. "It's like 1967 all over again."

Hundreds of flights were canceled at O'Hare and Midway on Saturday, and airline officials said it could take until Tuesday to clear the backlog. American and United, the airport's two biggest carriers, said they hoped to resume limited service by Sunday night.

At least 12 deaths across the Midwest were blamed on the storm, most from heart attacks suffered while shoveling snow or from traffic accidents. In Illinois, Gov. Jim Edgar, who leaves office in nine days, activated the National Guard late Saturday to help rescue stranded motorists on Interstate 57.

Mayor Richard M. Daley said the city had 275 plows on the streets and that crews would concentrate on main roads first. The mayor's father, Richard J. Daley, was widely criticized for the city's response to the 1967 storm, and a January 1979 blizzard is often blamed for costing Mayor Michael Bilandic the Democratic primary a month later.

Chicago public schools, which were scheduled to reopen Monday after a two-week winter vacation, will stay closed that day, school officials said this afternoon. Officials at suburban districts said they would decide by 5 p.m.

Temperatures are expected to plunge behind the storm. The weather service predicted lows of 15 below zero by Tuesday morning, with wind chills as low as 45 below, and said the cold snap could last through the end of the week.

"The snow is the easy part," said meteorologist Paul Merzlock. "The next few days are going to be dangerous for anybody who has to be outside."

Utility officials said about 40,000 homes in the Chicago area were without power at midday, mostly in the western suburbs, and that some might not have electricity restored until Monday night.""", [
  ("more than three decades","DURATION","P30Y","MORE_THAN"),
  ("the weekend","DATE","1998-W53-WE",N),
  ("6 a.m. today","TIME","1999-01-03T06:00",N),
  ("January 1967","DATE","1967-01",N),
  ("two days","DURATION","P2D",N),
  ("early Saturday","DATE","1999-01-02","START"),
  ("the night","TIME","1999-01-02TNI",N),
  ("this evening","TIME","1999-01-03TEV",N),
  ("50 years","DURATION","P50Y",N),
  ("early this morning","TIME","1999-01-03TMO","START"),
  ("1967","DATE","1967",N),
  ("Saturday","DATE","1999-01-02",N),
  ("Tuesday","DATE","1999-01-05",N),
  ("Sunday night","TIME","1999-01-03TNI",N),
  ("nine days","DURATION","P9D",N),
  ("late Saturday","DATE","1999-01-02","END"),
  ("1967","DATE","1967",N),
  ("January 1979","DATE","1979-01",N),
  ("a month later","DATE","1979-02",N),
  ("Monday","DATE","1999-01-04",N),
  ("two-week","DURATION","P2W",N),
  ("that day","DATE","1999-01-04",N),
  ("this afternoon","TIME","1999-01-03TAF",N),
  ("5 p.m.","TIME","1999-01-03T17:00",N),
  ("Tuesday morning","TIME","1999-01-05TMO",N),
  ("the end of the week","DATE","1999-W01","END"),
  ("The next few days","DURATION","PXD",N),
  ("midday","TIME","1999-01-03TMI",N),
  ("Monday night","TIME","1999-01-04TNI",N),
], "D"))

# 3. School shooting follow-up (NYT). DCT Monday 1999-08-16.
# D: "Nearly four months" mod (TimeBank mixes EQUAL_OR_LESS / LESS_THAN / APPROX for "nearly");
#    "next fall" said in August -> fall 2000; "five months to the day" tagged "five months".
CASES.append(("1999-08-16", """LITTLETON, Colo. -- Nearly four months after two students killed 12 classmates and a teacher and then themselves, Columbine High School reopened its doors this morning to about 1,900 students, who were greeted by hundreds of parents forming a human chain along the sidewalk.

"We are taking back our school," Principal Frank DeAngelis told students at a rally in the gym at 7:15 a.m. MDT. "Today we start over."

The school has been closed since the April 20 attack, and students finished the school year at nearby Chatfield High School. Over the summer, workers replaced carpet, painted walls and sealed off the library, where 10 of the 13 victims died. The library is now hidden behind a wall of lockers, and the school board voted last month to build a new one by next fall.

Security has been tightened. Students must wear identification badges, and the district has hired two additional armed officers. Video cameras were installed in hallways last week, and backpacks will be banned beginning in September, officials said.

"It's still going to be hard," said Sarah Hoffman, 16, a junior who hid in a choir room for nearly three hours during the shootings. "But I want to be here. I didn't want them to win."

The gunmen, Eric Harris, 18, and Dylan Klebold, 17, had planned the attack for about a year, according to journals and videotapes found by investigators. Jefferson County Sheriff John Stone said last week that his office would release a final report on the shootings by the end of the year, and that the inquiry had so far cost more than $1 million.

Several families of victims filed notice in July that they intend to sue the county, arguing that deputies waited too long to enter the building. Under Colorado law, they had 180 days from the shooting to file such notices.

The shootings in Littleton were the worst in a string of school attacks that began in the mid-1990s, including a 1997 shooting in Pearl, Miss., and the March 1998 ambush in Jonesboro, Ark., in which two boys killed four girls and a teacher. Two months later, a 15-year-old in Springfield, Ore., killed his parents and two classmates.

Congress has debated gun control since the spring. The Senate passed a measure in May requiring background checks at gun shows, but the House rejected a similar bill in June, and negotiators have not met since early August.

Counselors will be available in every wing of the building this week, and classes at Columbine will run on a shortened schedule through Friday. A memorial service for the victims is planned for Sept. 20, five months to the day after the shooting.

"We will never be the school we were on April 19," said Mr. DeAngelis. "But we can be a good school again.\"""", [
  ("Nearly four months","DURATION","P4M","EQUAL_OR_LESS"),
  ("this morning","TIME","1999-08-16TMO",N),
  ("7:15 a.m. MDT","TIME","1999-08-16T07:15",N),
  ("Today","DATE","1999-08-16",N),
  ("April 20","DATE","1999-04-20",N),
  ("the summer","DATE","1999-SU",N),
  ("now","DATE","PRESENT_REF",N),
  ("last month","DATE","1999-07",N),
  ("next fall","DATE","2000-FA",N),
  ("last week","DATE","1999-W32",N),
  ("September","DATE","1999-09",N),
  ("nearly three hours","DURATION","PT3H","EQUAL_OR_LESS"),
  ("about a year","DURATION","P1Y","APPROX"),
  ("last week","DATE","1999-W32",N),
  ("the end of the year","DATE","1999","END"),
  ("July","DATE","1999-07",N),
  ("180 days","DURATION","P180D",N),
  ("the mid-1990s","DATE","199","MID"),
  ("1997","DATE","1997",N),
  ("March 1998","DATE","1998-03",N),
  ("Two months later","DATE","1998-05",N),
  ("the spring","DATE","1999-SP",N),
  ("May","DATE","1999-05",N),
  ("June","DATE","1999-06",N),
  ("early August","DATE","1999-08","START"),
  ("this week","DATE","1999-W33",N),
  ("Friday","DATE","1999-08-20",N),
  ("Sept. 20","DATE","1999-09-20",N),
  ("five months","DURATION","P5M",N),
  ("April 19","DATE","1999-04-19",N),
], "D"))

# 4. Tobacco settlement (NYT). DCT Saturday 1998-11-21.
# D: "weeks" in "Within weeks" (bare plural, DURATION PXW); "the coming months" DURATION PXM;
#    "6 p.m. EST" takes its day from "Friday evening" in the previous sentence.
CASES.append(("1998-11-21", """NEW YORK -- All 46 states eligible to join the $206 billion settlement with the nation's largest cigarette makers had signed on by the deadline Friday evening, state officials said today, clearing the way for the biggest civil settlement in American history.

The final holdouts, including New York and California, formally agreed to the deal shortly before the 6 p.m. EST cutoff. Attorney General Dennis C. Vacco of New York, who lost his bid for re-election this month, said late Friday that the agreement "guarantees New Yorkers billions of dollars over the next 25 years."

Under the agreement, which negotiators announced Monday, the four biggest tobacco companies will pay the states about $206 billion through 2025 and accept sharp limits on marketing. Cartoon characters like Joe Camel will be banned, as will billboards and most sports sponsorships. The companies will also pay $1.5 billion over 10 years to finance a national anti-smoking campaign.

The industry had already settled separately with Mississippi, Florida, Texas and Minnesota, for a combined $40 billion. Mississippi's attorney general, Mike Moore, filed the first state lawsuit in May 1994, and more than 40 states followed over the next three years.

The deal is far smaller than a $368.5 billion national settlement reached in June 1997, which collapsed in Congress last spring after Senate Republicans blocked legislation that would have raised cigarette taxes by $1.10 a pack over five years. Within weeks, negotiators were back at the table, working mostly in secret since the summer.

Critics said the states had given up too much. "This is a sweetheart deal for the tobacco industry," said Matthew Myers of the Campaign for Tobacco-Free Kids, who had supported the 1997 plan. Shares of Philip Morris rose $1.06 on Friday, to $52.81, and have gained about 12 percent since early October.

Each state must now win approval from a judge in its own courts. Officials said they expected most approvals by the end of the year and the first payments to arrive in 2000. Some cities and counties have threatened to challenge the deal, saying they were not consulted.

The settlement resolves the states' claims to recover Medicaid costs for treating sick smokers, but it does not protect the companies from lawsuits by individuals. A class-action suit on behalf of Florida smokers is scheduled to go to trial in Miami in January, and lawyers in several other states said they planned to file similar cases in the coming months.

"This is a beginning, not an end," said Christine Gregoire, the Washington attorney general who led the negotiations for the states. "The real work starts on Monday.\"""", [
  ("Friday evening","TIME","1998-11-20TEV",N),
  ("today","DATE","1998-11-21",N),
  ("6 p.m. EST","TIME","1998-11-20T18:00",N),
  ("this month","DATE","1998-11",N),
  ("late Friday","DATE","1998-11-20","END"),
  ("the next 25 years","DURATION","P25Y",N),
  ("Monday","DATE","1998-11-16",N),
  ("2025","DATE","2025",N),
  ("10 years","DURATION","P10Y",N),
  ("May 1994","DATE","1994-05",N),
  ("the next three years","DURATION","P3Y",N),
  ("June 1997","DATE","1997-06",N),
  ("last spring","DATE","1998-SP",N),
  ("five years","DURATION","P5Y",N),
  ("weeks","DURATION","PXW",N),
  ("the summer","DATE","1998-SU",N),
  ("1997","DATE","1997",N),
  ("Friday","DATE","1998-11-20",N),
  ("early October","DATE","1998-10","START"),
  ("now","DATE","PRESENT_REF",N),
  ("the end of the year","DATE","1998","END"),
  ("2000","DATE","2000",N),
  ("January","DATE","1999-01",N),
  ("the coming months","DURATION","PXM",N),
  ("Monday","DATE","1998-11-23",N),
], "D"))

# 5. Space shuttle launch (APW). DCT Thursday 1998-10-29.
# D: "Saturday, Nov. 7" as one extent; "the late 1960s and early 1970s" split with the shared
#    "the" on the first; "midday" TMI; "three months later" anchored on Feb. 20, 1962 -> 1962-05.
CASES.append(("1998-10-29", """CAPE CANAVERAL, Fla. (AP) -- John Glenn, the first American to orbit the Earth, returned to space today at age 77, rocketing away aboard the shuttle Discovery 36 years after his historic flight.

Discovery lifted off at 2:19 p.m. EST after a brief delay caused by small planes that strayed into restricted airspace and a pair of alarms in the cockpit. The launch had been scheduled for 2 p.m.

"Good luck, and Godspeed, John Glenn," said launch commentator Scott Carpenter, echoing the words he had used when Glenn blasted off on Feb. 20, 1962. Carpenter himself flew into orbit three months later.

Glenn and his six crewmates are scheduled to spend nine days in orbit, landing at Kennedy Space Center on Saturday, Nov. 7. During the mission, doctors will study how weightlessness affects an older body, including Glenn's sleep, his muscles and his bones.

An estimated 250,000 people crowded the beaches and roadsides around the space center this afternoon, the biggest launch crowd since the Apollo missions of the late 1960s and early 1970s. President Clinton watched from a rooftop, the first sitting president to attend a shuttle launch.

Glenn, a Democratic senator from Ohio, is retiring in January after 24 years in the Senate. He lobbied NASA for more than two years for a seat on a shuttle flight, and NASA Administrator Daniel Goldin announced his selection in January 1997.

Critics have called the flight a publicity stunt. Goldin said Wednesday that the science was sound. "This is not a joy ride," he said.

The crew went through a final checklist early this morning and boarded the shuttle about three hours before the launch. Forecasters had predicted an 80 percent chance of good weather, and skies were clear by midday.

The mission is the shuttle program's 92nd flight and the fourth this year. NASA plans to launch the first American part of the international space station on Dec. 3, and shuttle managers said they hoped to fly at least seven more missions next year.

Glenn's wife, Annie, watched the launch with their two grown children. Asked on Tuesday whether she was worried, she said: "I was worried in 1962, too. He came back then."

Once in orbit, Glenn radioed to Mission Control in Houston that the view was "just as beautiful" as he remembered. The crew was scheduled to go to sleep at 10:30 p.m., and the first medical experiments were to begin Friday morning.""", [
  ("today","DATE","1998-10-29",N),
  ("36 years","DURATION","P36Y",N),
  ("2:19 p.m. EST","TIME","1998-10-29T14:19",N),
  ("2 p.m.","TIME","1998-10-29T14:00",N),
  ("Feb. 20, 1962","DATE","1962-02-20",N),
  ("three months later","DATE","1962-05",N),
  ("nine days","DURATION","P9D",N),
  ("Saturday, Nov. 7","DATE","1998-11-07",N),
  ("this afternoon","TIME","1998-10-29TAF",N),
  ("the late 1960s","DATE","196","END"),
  ("early 1970s","DATE","197","START"),
  ("January","DATE","1999-01",N),
  ("24 years","DURATION","P24Y",N),
  ("more than two years","DURATION","P2Y","MORE_THAN"),
  ("January 1997","DATE","1997-01",N),
  ("Wednesday","DATE","1998-10-28",N),
  ("early this morning","TIME","1998-10-29TMO","START"),
  ("about three hours","DURATION","PT3H","APPROX"),
  ("midday","TIME","1998-10-29TMI",N),
  ("this year","DATE","1998",N),
  ("Dec. 3","DATE","1998-12-03",N),
  ("next year","DATE","1999",N),
  ("Tuesday","DATE","1998-10-27",N),
  ("1962","DATE","1962",N),
  ("10:30 p.m.","TIME","1998-10-29T22:30",N),
  ("Friday morning","TIME","1998-10-30TMO",N),
], "D"))

# 6. Senate vote (NYT). DCT Thursday 1999-10-14.
# D: "80 years ago" at year precision (1919); "two weeks ago" at day precision; "months" (bare
#    plural, "for months") DURATION PXM; "the coming weeks" DURATION PXW; "8:35 p.m. EDT" anchored
#    on "late Wednesday" of the lead.
CASES.append(("1999-10-14", """WASHINGTON -- The Senate rejected the Comprehensive Test Ban Treaty late Wednesday, handing President Clinton the most significant defeat on a national security treaty since the Senate spurned the Treaty of Versailles 80 years ago.

The vote was 51 to 48, far short of the 67 votes needed for ratification. Only four Republicans voted for the treaty, which would ban all nuclear test explosions. The roll call ended at 8:35 p.m. EDT, after eight hours of bitter debate and failed last-minute efforts by Democrats to postpone the vote until next year.

Clinton, speaking in the Rose Garden this morning, accused Republicans of "reckless partisanship" and said the vote sent "a terrible signal" to the world. "When all is said and done, the United States will ratify this treaty," he said. He added that the United States would continue its moratorium on nuclear testing, which has been in place since 1992.

Senate Majority Leader Trent Lott of Mississippi said the treaty was flawed and could not be verified. "This is not about politics," he said on the floor Wednesday afternoon. "It is about the security of the American people."

The treaty was signed by Clinton in September 1996 and sent to the Senate a year later, but the chairman of the Foreign Relations Committee, Jesse Helms, Republican of North Carolina, refused to hold hearings for two years. Mr. Lott agreed to bring it to the floor only two weeks ago, after Democrats had pressed for a vote for months.

This week, the administration tried to negotiate a delay. Mr. Lott and the minority leader, Tom Daschle of South Dakota, had reached a tentative deal on Tuesday to shelve the treaty, but conservative Republicans objected, and by Wednesday morning the deal had collapsed.

The treaty has been signed by 154 nations and ratified by 51, including Britain and France. It cannot take effect until it is ratified by all 44 countries with nuclear reactors, including India and Pakistan, which tested nuclear weapons in May 1998.

Allies reacted with dismay today. Prime Minister Tony Blair of Britain, President Jacques Chirac of France and Chancellor Gerhard Schroeder of Germany had written to the Senate last week urging ratification. A spokesman for the Russian Foreign Ministry said Moscow would watch American actions "in the coming weeks."

Under Senate rules, the treaty remains on the Senate calendar and could be brought up again. Democrats said they would make the vote an issue in the 2000 elections, and Mr. Daschle said he would try to revive the treaty early next year. Republicans said they had no plans to consider it again before a new president takes office in January 2001.""", [
  ("late Wednesday","DATE","1999-10-13","END"),
  ("80 years ago","DATE","1919",N),
  ("8:35 p.m. EDT","TIME","1999-10-13T20:35",N),
  ("eight hours","DURATION","PT8H",N),
  ("next year","DATE","2000",N),
  ("this morning","TIME","1999-10-14TMO",N),
  ("1992","DATE","1992",N),
  ("Wednesday afternoon","TIME","1999-10-13TAF",N),
  ("September 1996","DATE","1996-09",N),
  ("a year later","DATE","1997-09",N),
  ("two years","DURATION","P2Y",N),
  ("two weeks ago","DATE","1999-09-30",N),
  ("months","DURATION","PXM",N),
  ("This week","DATE","1999-W41",N),
  ("Tuesday","DATE","1999-10-12",N),
  ("Wednesday morning","TIME","1999-10-13TMO",N),
  ("May 1998","DATE","1998-05",N),
  ("today","DATE","1999-10-14",N),
  ("last week","DATE","1999-W40",N),
  ("the coming weeks","DURATION","PXW",N),
  ("2000","DATE","2000",N),
  ("early next year","DATE","2000","START"),
  ("January 2001","DATE","2001-01",N),
], "D"))

# 7. Airline strike (APW). DCT Monday 1998-08-31.
# D: "a day" in "$25 million a day" SET P1D; "minutes" / "months" bare plurals; "the Labor Day
#    weekend" -> 1998-W36-WE (Labor Day 1998 = Mon Sept. 7); "later this year" mod END.
CASES.append(("1998-08-31", """MINNEAPOLIS (AP) -- Talks between Northwest Airlines and its striking pilots broke off again Sunday night with no agreement, and the nation's fourth-largest carrier said today it would cancel all flights at least through Wednesday.

The walkout by 6,100 pilots, which began at 6:01 a.m. CDT Saturday, has grounded about 1,700 flights a day and stranded tens of thousands of travelers. It is the first strike at a major U.S. airline since a 1993 walkout by flight attendants at American Airlines, which lasted five days.

"We are ready to meet anytime, anywhere," said Capt. Paul Omodt, a spokesman for the Air Line Pilots Association. "But management has to come back with a real offer." Federal mediators said they would call both sides back to the table Tuesday morning in Washington.

Northwest said it was losing about $25 million a day and had temporarily laid off 27,000 other employees as of Sunday. Chief Executive John Dasburg said Saturday that the pilots' demands would add $1 billion to costs over four years.

The pilots agreed to wage cuts in 1993 to help save the airline from bankruptcy, and they say they deserve a bigger share of the profits Northwest has earned since then. Their contract became open for negotiation in 1996, and talks have dragged on for more than two years. The union rejected the company's last offer on Aug. 14, and a 30-day cooling-off period ended at 11:59 p.m. Friday.

President Clinton has the authority to appoint an emergency board and order the pilots back to work for 60 days, but White House spokesman Barry Toiv said Sunday that the administration had no plans to intervene. Clinton intervened in a strike by pilots at American in February 1997, within minutes of its start.

At Minneapolis-St. Paul International Airport, Northwest's main hub, ticket counters were nearly deserted this morning. Other airlines added flights and said they were honoring Northwest tickets, but many routes were sold out for the Labor Day weekend.

"I've been on the phone for three hours," said Linda Swenson, 42, who was trying to get home to Fargo, N.D. "Nobody can tell me anything."

Analysts said a long strike could cost Northwest customers that it would not win back for months. The airline's stock fell $2.75 on Friday, to $27.06, and has lost 40 percent since mid-July.

Northwest's 11,000 flight attendants and 7,000 mechanics are also negotiating new contracts and could strike later this year. A union official said the mechanics would vote on strike authorization next month.""", [
  ("Sunday night","TIME","1998-08-30TNI",N),
  ("today","DATE","1998-08-31",N),
  ("Wednesday","DATE","1998-09-02",N),
  ("6:01 a.m. CDT Saturday","TIME","1998-08-29T06:01",N),
  ("a day","SET","P1D",N),
  ("1993","DATE","1993",N),
  ("five days","DURATION","P5D",N),
  ("Tuesday morning","TIME","1998-09-01TMO",N),
  ("a day","SET","P1D",N),
  ("Sunday","DATE","1998-08-30",N),
  ("Saturday","DATE","1998-08-29",N),
  ("four years","DURATION","P4Y",N),
  ("1993","DATE","1993",N),
  ("1996","DATE","1996",N),
  ("more than two years","DURATION","P2Y","MORE_THAN"),
  ("Aug. 14","DATE","1998-08-14",N),
  ("30-day","DURATION","P30D",N),
  ("11:59 p.m. Friday","TIME","1998-08-28T23:59",N),
  ("60 days","DURATION","P60D",N),
  ("Sunday","DATE","1998-08-30",N),
  ("February 1997","DATE","1997-02",N),
  ("minutes","DURATION","PTXM",N),
  ("this morning","TIME","1998-08-31TMO",N),
  ("the Labor Day weekend","DATE","1998-W36-WE",N),
  ("three hours","DURATION","PT3H",N),
  ("months","DURATION","PXM",N),
  ("Friday","DATE","1998-08-28",N),
  ("mid-July","DATE","1998-07","MID"),
  ("later this year","DATE","1998","END"),
  ("next month","DATE","1998-09",N),
], "D"))

# 8. Baseball record chase (APW). DCT Wednesday 1998-09-09.
# D: "A day" before "after" DURATION P1D (TimeBank "two days after"); "Labor Day" inside
#    "the Labor Day game" tagged as the holiday; "opening day" untagged, only "March 31";
#    "days" in "within days" DURATION PXD; "this weekend's" tagged "this weekend".
CASES.append(("1998-09-09", """ST. LOUIS (AP) -- A day after he broke one of baseball's most hallowed records, Mark McGwire was still trying to take it all in.

"I've been pinching myself since last night," the St. Louis Cardinals slugger said this afternoon, a few hours before the team was to play the Chicago Cubs again. "I still can't believe it happened."

McGwire hit his 62nd home run of the season at 8:18 p.m. CDT Tuesday, a 341-foot line drive off Cubs right-hander Steve Trachsel that barely cleared the left-field wall at Busch Stadium. It broke the record of 61 set by Roger Maris of the New York Yankees on Oct. 1, 1961.

The game stopped for 11 minutes as McGwire circled the bases, hugged his 10-year-old son, Matthew, and climbed into the stands to embrace members of the Maris family. Sammy Sosa, the Cubs outfielder who began Tuesday with 58 homers, ran in from right field to join the celebration.

McGwire had tied Maris on Monday afternoon, hitting No. 61 off Mike Morgan in the first inning of the Labor Day game. His father, John, was celebrating his 61st birthday that day.

Maris's record had stood for 37 years, longer than Babe Ruth's mark of 60, which was set in 1927 and lasted 34 years. When Maris broke it, baseball Commissioner Ford Frick ruled that the record would carry an asterisk because Maris had played a 162-game season, eight more games than Ruth. The asterisk was removed in 1991.

McGwire, who hit 58 home runs last year while splitting the season between Oakland and St. Louis, has been chasing the record since spring training. He hit a grand slam on opening day, March 31, and had 27 home runs by the end of May.

Sosa is not finished either. The Chicago outfielder hit 20 home runs in June alone, a major league record, and the two sluggers have traded the lead several times in recent weeks. The Cubs play the Milwaukee Brewers this weekend.

The Cardinals have 18 games remaining, and McGwire said he would not change his approach. "There's still three weeks left," he said. "Who knows?"

Officials at the Hall of Fame in Cooperstown, N.Y., said they expected to receive the record-breaking bat and jersey within days. The ball, caught by a Busch Stadium groundskeeper, was returned to McGwire Tuesday night.

The Cardinals' final game is Sept. 27 against the Montreal Expos. Ticket brokers said seats for this weekend's series in Cincinnati were selling for up to $500 apiece.""", [
  ("A day","DURATION","P1D",N),
  ("last night","TIME","1998-09-08TNI",N),
  ("this afternoon","TIME","1998-09-09TAF",N),
  ("a few hours","DURATION","PTXH",N),
  ("8:18 p.m. CDT Tuesday","TIME","1998-09-08T20:18",N),
  ("Oct. 1, 1961","DATE","1961-10-01",N),
  ("11 minutes","DURATION","PT11M",N),
  ("Tuesday","DATE","1998-09-08",N),
  ("Monday afternoon","TIME","1998-09-07TAF",N),
  ("Labor Day","DATE","1998-09-07",N),
  ("that day","DATE","1998-09-07",N),
  ("37 years","DURATION","P37Y",N),
  ("1927","DATE","1927",N),
  ("34 years","DURATION","P34Y",N),
  ("1991","DATE","1991",N),
  ("last year","DATE","1997",N),
  ("March 31","DATE","1998-03-31",N),
  ("the end of May","DATE","1998-05","END"),
  ("June","DATE","1998-06",N),
  ("recent weeks","DURATION","PXW",N),
  ("this weekend","DATE","1998-W37-WE",N),
  ("three weeks","DURATION","P3W",N),
  ("days","DURATION","PXD",N),
  ("Tuesday night","TIME","1998-09-08TNI",N),
  ("Sept. 27","DATE","1998-09-27",N),
  ("this weekend","DATE","1998-W37-WE",N),
], "D"))

# 9. Stock-market plunge (NYT). DCT Saturday 2000-04-15.
# D: "the week" ("For the week", "for the week") DATE 2000-W15; "months" in "within months"
#    DURATION PXM; "the weeks ahead" DURATION PXW; "an hour" before "after" DURATION PT1H;
#    "8:30 a.m. EDT" takes the day of Friday from the lead.
CASES.append(("2000-04-15", """NEW YORK -- Stock prices plunged yesterday in one of the most punishing sessions in Wall Street history, as a surprisingly sharp rise in consumer prices fed fears that the Federal Reserve would push interest rates higher and sent investors fleeing technology shares.

The Dow Jones industrial average fell 617.78 points, or 5.7 percent, to 10,305.77, its largest point drop ever. The Nasdaq composite index, home to many of the high-flying technology stocks of the last two years, fell 355.49 points, or 9.7 percent, to 3,321.29.

For the week, the Nasdaq lost 25.3 percent, its worst week on record, and it has now fallen more than 34 percent from its peak of 5,048.62 on March 10. The Standard & Poor's 500-stock index fell 5.8 percent on Friday and 10.5 percent for the week.

The selling began at the opening bell, an hour after the Labor Department reported at 8:30 a.m. EDT that the consumer price index rose 0.7 percent in March, well above economists' forecasts. Prices excluding food and energy rose 0.4 percent, the biggest increase in more than five years.

"This was capitulation," said a veteran trader at a major brokerage house, who spoke on condition of anonymity. "People who bought on margin in January and February got killed this week."

Margin calls are expected to force more selling on Monday, analysts said, and many brokerage firms kept their offices open today to reach customers. Trading volume on the New York Stock Exchange reached 1.5 billion shares, the second-highest on record.

The Fed has raised short-term interest rates five times since last June, the latest on March 21, and many economists now expect a half-point increase when policy makers next meet on May 16. The Fed chairman, Alan Greenspan, said on Thursday that the stock market's rise over the past five years had fueled consumer spending that the economy could not sustain.

The decline recalled the crash of Oct. 19, 1987, when the Dow fell 508 points, or 22.6 percent, in a single session. In percentage terms, Friday's drop ranks only as the 13th-worst since 1928. On Oct. 27, 1997, during the Asian financial crisis, the Dow fell 554 points and trading was halted twice; the next day it rebounded 337 points.

Some strategists said the worst might be over. "We've been through this before, in 1987 and 1998, and each time the market came back within months," said Abby Joseph Cohen of Goldman, Sachs. Others warned that technology stocks, which more than doubled over the 12 months before the March peak, could fall further in the weeks ahead.""", [
  ("yesterday","DATE","2000-04-14",N),
  ("the last two years","DURATION","P2Y",N),
  ("the week","DATE","2000-W15",N),
  ("now","DATE","PRESENT_REF",N),
  ("March 10","DATE","2000-03-10",N),
  ("Friday","DATE","2000-04-14",N),
  ("the week","DATE","2000-W15",N),
  ("an hour","DURATION","PT1H",N),
  ("8:30 a.m. EDT","TIME","2000-04-14T08:30",N),
  ("March","DATE","2000-03",N),
  ("more than five years","DURATION","P5Y","MORE_THAN"),
  ("January","DATE","2000-01",N),
  ("February","DATE","2000-02",N),
  ("this week","DATE","2000-W15",N),
  ("Monday","DATE","2000-04-17",N),
  ("today","DATE","2000-04-15",N),
  ("last June","DATE","1999-06",N),
  ("March 21","DATE","2000-03-21",N),
  ("now","DATE","PRESENT_REF",N),
  ("May 16","DATE","2000-05-16",N),
  ("Thursday","DATE","2000-04-13",N),
  ("the past five years","DURATION","P5Y",N),
  ("Oct. 19, 1987","DATE","1987-10-19",N),
  ("Friday","DATE","2000-04-14",N),
  ("1928","DATE","1928",N),
  ("Oct. 27, 1997","DATE","1997-10-27",N),
  ("the next day","DATE","1997-10-28",N),
  ("1987","DATE","1987",N),
  ("1998","DATE","1998",N),
  ("months","DURATION","PXM",N),
  ("the 12 months","DURATION","P12M",N),
  ("March","DATE","2000-03",N),
  ("the weeks ahead","DURATION","PXW",N),
], "D"))

# 10. Presidential primary night (APW). DCT Wednesday 2000-02-02.
# D: "late Tuesday night" TIME ...TNI mod END; "minutes" / "months" bare plurals; "two weeks ago"
#    day precision; "the fall" -> 1999-FA; "the 20s" (temperatures) not a timex.
CASES.append(("2000-02-02", """MANCHESTER, N.H. (AP) -- Sen. John McCain, buoyed by a landslide victory over George W. Bush in the New Hampshire primary, flew to South Carolina early today to carry his insurgent campaign into the heart of the Republican South.

McCain beat the Texas governor by 19 percentage points Tuesday, 49 percent to 30 percent, with 99 percent of precincts reporting. On the Democratic side, Vice President Al Gore held off former Sen. Bill Bradley, 52 percent to 47 percent, a week after winning the Iowa caucuses.

The networks declared McCain the winner minutes after the last polls closed at 8 p.m. EST. "We have sent a powerful message to Washington that change is coming," McCain told cheering supporters at a Nashua high school late Tuesday night.

Bush, who had campaigned in the state for months and spent more than $2 million on advertising here, called McCain at about 8:45 p.m. to concede. Speaking to supporters this morning in Greenville, S.C., Bush said, "New Hampshire has spoken. Now the campaign moves on."

The Republicans next meet voters in Delaware on Tuesday, though McCain is not competing there, and then in South Carolina on Feb. 19. Michigan and Arizona vote three days later, and 13 states, including California and New York, hold primaries on March 7.

Bush remains the front-runner, with more than $60 million raised since he formed an exploratory committee last March, far more than any candidate in history had raised at this stage. But McCain's aides said they had collected $1 million over the Internet since the polls closed, and the senator said he would begin airing new television ads in South Carolina by the weekend.

Gore's win was narrower than his aides had predicted two weeks ago. Bradley, who spent much of the fall campaigning in New Hampshire, said Tuesday night that he would fight on. "This is a long race, and we are just getting started," he said.

New Hampshire has held the first primary in the nation since 1920, and its results have often reshaped presidential races. In 1992, Bill Clinton's second-place finish made him "the Comeback Kid." Four years later, Patrick J. Buchanan upset Sen. Bob Dole here before Dole went on to win the nomination.

Turnout on Tuesday was a record, state officials said, with nearly 400,000 voters casting ballots under clear skies and temperatures in the 20s.""", [
  ("early today","DATE","2000-02-02","START"),
  ("Tuesday","DATE","2000-02-01",N),
  ("a week","DURATION","P1W",N),
  ("minutes","DURATION","PTXM",N),
  ("8 p.m. EST","TIME","2000-02-01T20:00",N),
  ("late Tuesday night","TIME","2000-02-01TNI","END"),
  ("months","DURATION","PXM",N),
  ("about 8:45 p.m.","TIME","2000-02-01T20:45","APPROX"),
  ("this morning","TIME","2000-02-02TMO",N),
  ("Now","DATE","PRESENT_REF",N),
  ("Tuesday","DATE","2000-02-08",N),
  ("Feb. 19","DATE","2000-02-19",N),
  ("three days later","DATE","2000-02-22",N),
  ("March 7","DATE","2000-03-07",N),
  ("last March","DATE","1999-03",N),
  ("the weekend","DATE","2000-W05-WE",N),
  ("two weeks ago","DATE","2000-01-19",N),
  ("the fall","DATE","1999-FA",N),
  ("Tuesday night","TIME","2000-02-01TNI",N),
  ("1920","DATE","1920",N),
  ("1992","DATE","1992",N),
  ("Four years later","DATE","1996",N),
  ("Tuesday","DATE","2000-02-01",N),
], "D"))
