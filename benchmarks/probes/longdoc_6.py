# Hand-annotated full-length features / news analyses (NYT News Service, AP enterprise), 1998-2000.
# TIMEX3 gold per TimeML 1.2.1 / TempEval-3 as practised in TimeBank 1.2.
# Format: (DCT, text, [(extent, TYPE, value, mod)], flag)   flag "D" = some mention debatable.
# Conventions used: "at the time" -> extent "the time" DATE PAST_REF (TimeBank APW19980301.0720);
# "since then" / "by then" untagged; "X later/earlier" after a given date -> DATE counted from it;
# decades "the 1960's" -> 196; "now"/"today" (nowadays) -> PRESENT_REF.
N = None
CASES = []

# 1. NYT -- profile of a retiring senator. DCT Saturday 1999-03-06.
# Debatable: "the time" (PAST_REF vs 1971); "his first month" (DURATION P1M vs DATE 1971-01).
CASES.append(("1999-03-06", """WASHINGTON -- When Harlan W. Pruett first walked onto the Senate floor in January 1971, the chamber still had a smoking lounge off the cloakroom, Richard M. Nixon was in the White House and the war in Vietnam was dividing the country. On Friday, after 28 years in the Senate, the Nebraska Democrat announced that he would not seek a sixth term next year.

"It's time," Mr. Pruett, 71, said at a news conference in Lincoln on Friday afternoon, his wife, Ruth, at his side. "I have been in public life since 1962. That's a lot of elections to ask people to win for you."

His departure will close one of the longest careers in the state's history, a career that began in the early 1960's, when Mr. Pruett, then a young lawyer in Grand Island, won a seat in the Nebraska Legislature by 212 votes in the fall of 1962. Four years later he was elected attorney general, and in 1970, at 42, he upset a two-term Republican incumbent for the Senate.

At the time, the Senate was dominated by Southern committee chairmen who had served since the New Deal, and freshmen were expected to be seen and not heard. Mr. Pruett ignored the custom. In his first month, he delivered a floor speech against the war that so annoyed the chairman of the Armed Services Committee, John Stennis, that the two men did not speak for a year.

By the late 1970's he had become a reliable vote for farm subsidies and a thorn in the side of his own party on spending. In 1981, when Ronald Reagan's tax cuts swept through Congress, he was one of only 11 Democrats who voted against them; a decade later, he was among the handful who voted to authorize the Persian Gulf war.

Colleagues say that independence is what kept him in office. Nebraska has voted for the Republican candidate for president in every election since 1968, yet Mr. Pruett has never won less than 54 percent of the vote. In 1994, when Republicans captured both houses of Congress, he won by 19 points.

"He's the last of a kind," said Senator Ellen Marsh, a Republican from Kansas who has served with him on the Agriculture Committee since 1987. "Today, everybody comes here with a pollster and a script. Harlan came here with a yellow legal pad."

The decision did not come easily. Mr. Pruett said he had spent much of the past two months weighing it, and that he made up his mind only last weekend, during a long walk with his grandson along the Platte River. Aides had been told on Thursday morning.

Democratic leaders had hoped he would run again. The party holds 45 seats in the 100-member Senate, and strategists now consider the Nebraska seat one of the likeliest to change hands in November 2000. A former governor, Dale Arnett, is widely expected to enter the race; he said on Friday that he would decide "in the next few weeks."

For Mr. Pruett, the final 22 months of his term will be devoted, he said, to the issues he has championed since the 1980's: rural hospitals, crop insurance and the ethanol program he helped write in 1978. He also intends to finish a history of the Senate's farm bloc that he began writing a decade ago.

Asked what he would miss most, he paused. "The people," he said. "Not the hours. I have not taken a real vacation in 30 years."

In January 2001, he and his wife plan to return to Grand Island, to the white frame house they bought in 1959. "It still needs a new roof," he said. "I've been promising Ruth that since the Johnson administration.\"""", [
  ("January 1971","DATE","1971-01",N),
  ("Friday","DATE","1999-03-05",N),
  ("28 years","DURATION","P28Y",N),
  ("next year","DATE","2000",N),
  ("Friday afternoon","TIME","1999-03-05TAF",N),
  ("1962","DATE","1962",N),
  ("the early 1960's","DATE","196","START"),
  ("the fall of 1962","DATE","1962-FA",N),
  ("Four years later","DATE","1966",N),
  ("1970","DATE","1970",N),
  ("the time","DATE","PAST_REF",N),
  ("his first month","DURATION","P1M",N),
  ("a year","DURATION","P1Y",N),
  ("the late 1970's","DATE","197","END"),
  ("1981","DATE","1981",N),
  ("a decade later","DATE","1991",N),
  ("1968","DATE","1968",N),
  ("1994","DATE","1994",N),
  ("1987","DATE","1987",N),
  ("Today","DATE","PRESENT_REF",N),
  ("the past two months","DURATION","P2M",N),
  ("last weekend","DATE","1999-W08-WE",N),
  ("Thursday morning","TIME","1999-03-04TMO",N),
  ("now","DATE","PRESENT_REF",N),
  ("November 2000","DATE","2000-11",N),
  ("Friday","DATE","1999-03-05",N),
  ("the next few weeks","DURATION","PXW",N),
  ("the final 22 months","DURATION","P22M",N),
  ("the 1980's","DATE","198",N),
  ("1978","DATE","1978",N),
  ("a decade ago","DATE","1989",N),
  ("30 years","DURATION","P30Y",N),
  ("January 2001","DATE","2001-01",N),
  ("1959","DATE","1959",N),
], "D"))

# 2. AP -- hurricane anniversary ("Ten years ago this week"). DCT Monday 1999-09-20.
# Debatable: "the time" (PAST_REF vs 1989); "Thursday afternoon" anchored on Sept. 21, 1989 not the DCT.
CASES.append(("1999-09-20", """CHARLESTON, S.C. (AP) -- Ten years ago this week, Hurricane Hugo came ashore just north of this city with winds of 135 mph, flattening the barrier islands, tearing the roof off City Hall and leaving much of the South Carolina coast without power for weeks.

Today, the scars are hard to find. The Battery's mansions have been restored, the marshes have grown back, and the beach houses on Sullivan's Island are bigger than ever. But for those who rode out the storm, the memories of Sept. 21, 1989, remain vivid.

"I can still hear it," said Lillian Gadsden, 68, who spent that night in the hallway of her house on Rutledge Avenue with her husband and two neighbors. "It sounded like a freight train that never passed. It went on for hours."

Hugo had been tracked for more than a week as it crossed the Atlantic, battering Guadeloupe, Montserrat and Puerto Rico. By Thursday afternoon, Mayor Joseph P. Riley Jr. had urged residents to leave, and more than 250,000 people had fled inland. The eye passed over Charleston Harbor at 11:50 p.m.; the storm surge, nearly 20 feet at Bulls Bay, arrived with it.

The next morning, Charleston woke to a landscape that one National Guard officer described as "Hiroshima without the fire." Two-thirds of the city's downtown buildings were damaged. Trees lay across nearly every street. Across the state, 35 people died, and damage was later put at $7 billion, at the time the costliest storm in American history.

The recovery took years. Federal aid was slow to arrive; the Federal Emergency Management Agency, then widely criticized, did not open its first disaster center in Charleston County until Sept. 26. Three years later, when Hurricane Andrew struck South Florida, the agency's response was even worse, and Congress ordered an overhaul.

Over the past 10 years, Charleston has changed in ways that have little to do with the storm. Its population has grown by a fifth. Developers have filled in much of the land between the city and the beaches, and the islands now hold more houses, and more expensive ones, than they did before Hugo.

That worries emergency planners. "A lot of the people living on those islands today were not here in 1989," said Stephen Ruff, who directs the county's emergency preparedness office. "They think a hurricane is a couple of days with the power out."

The test came only last week, when Hurricane Floyd threatened the coast. On Tuesday, Gov. Jim Hodges ordered the evacuation of the coastal counties, and within hours Interstate 26 was a parking lot. Some drivers spent 18 hours covering the 110 miles to Columbia. Floyd eventually turned north and struck North Carolina on Thursday, sparing Charleston.

Mrs. Gadsden did not leave. "After Hugo, I figured I'd seen the worst," she said. She has lived in the same house since 1956, and she plans to stay.

On Tuesday evening, the city will mark the anniversary with a service at the Cathedral of St. Luke and St. Paul, where the bells, silenced for weeks after the storm, will ring 35 times. Mr. Riley, who is now in his sixth term as mayor, is scheduled to speak.""", [
  ("Ten years ago this week","DATE","1989-W38",N),
  ("weeks","DURATION","PXW",N),
  ("Today","DATE","PRESENT_REF",N),
  ("Sept. 21, 1989","DATE","1989-09-21",N),
  ("that night","TIME","1989-09-21TNI",N),
  ("hours","DURATION","PTXH",N),
  ("more than a week","DURATION","P1W","MORE_THAN"),
  ("Thursday afternoon","TIME","1989-09-21TAF",N),
  ("11:50 p.m.","TIME","1989-09-21T23:50",N),
  ("The next morning","TIME","1989-09-22TMO",N),
  ("the time","DATE","PAST_REF",N),
  ("years","DURATION","PXY",N),
  ("Sept. 26","DATE","1989-09-26",N),
  ("Three years later","DATE","1992",N),
  ("the past 10 years","DURATION","P10Y",N),
  ("now","DATE","PRESENT_REF",N),
  ("today","DATE","PRESENT_REF",N),
  ("1989","DATE","1989",N),
  ("a couple of days","DURATION","P2D","APPROX"),
  ("last week","DATE","1999-W37",N),
  ("Tuesday","DATE","1999-09-14",N),
  ("hours","DURATION","PTXH",N),
  ("18 hours","DURATION","PT18H",N),
  ("Thursday","DATE","1999-09-16",N),
  ("1956","DATE","1956",N),
  ("Tuesday evening","TIME","1999-09-21TEV",N),
  ("weeks","DURATION","PXW",N),
  ("now","DATE","PRESENT_REF",N),
], "D"))

# 3. NYT -- history of a city neighborhood. DCT Sunday 1998-08-16.
# Debatable: "the year 2010" extent (with "the year"); "every year" SET.
CASES.append(("1998-08-16", """PROVIDENCE, R.I. -- On Thursday evening, the stoops along Vinton Street were crowded in a way that old-timers on Pell Hill say they have not seen since the 1950's. Children chased an ice cream truck. A radio played salsa from a second-floor window, and two men argued in Portuguese over a game of dominoes.

For more than a hundred years, Pell Hill has been a place where newcomers to the city landed first and left as soon as they could. Irish laborers built its triple-deckers in the 1880's. Italians followed in the 1890's, and by 1920 the parish of St. Teresa counted more than 6,000 families, most of them from Calabria.

The neighborhood's decline began after World War II. Returning veterans took G.I. loans to buy houses in Cranston and Warwick, and in the late 1950's the state cut Route 95 through the eastern edge of the hill, taking 400 homes. By 1970 the population had fallen by half, and a third of the storefronts on Vinton Street were empty.

"That was the worst time," said Angelo Ruggieri, 81, who has run a barbershop on the corner of Vinton and Dean Streets since 1946. "People stopped coming out after dark. The young ones all moved to the suburbs."

The change came slowly, and from an unexpected direction. In the early 1980's, families from the Dominican Republic and Colombia began buying the cheapest of the triple-deckers, often pooling money from three or four relatives. The first, Ramon Peralta, a machinist, bought a three-family house on Dean Street in 1981 for $19,000. A decade later came immigrants from Cape Verde and from Guatemala. Today more than 60 percent of Pell Hill's 11,000 residents were born outside the United States, according to the 1990 census and city estimates.

Mr. Peralta, now 64, still lives in the house. When he arrived, he said, neighbors would cross the street rather than pass him. "Now they ask me for advice about the mortgage," he said, laughing.

The neighborhood's revival has been uneven. The city spent $12 million in the mid-1990's to rebuild Vinton Street's sidewalks and lighting, and crime has dropped steadily over the past five years. But the public elementary school, built in 1911, is the most overcrowded in the state, and St. Teresa's, which held seven Masses every Sunday in its heyday, now holds two, one of them in Spanish.

Property values are climbing again, too. A triple-decker that sold for $38,000 in 1992 went for $91,000 this spring, and real estate agents say young professionals from the East Side have started to look at the hill. Some longtime residents welcome them; others worry about being priced out, as happened in Fox Point in the 1970's, when Portuguese families who had lived there since the 1920's were displaced by students and faculty from Brown University.

"We have been here before," said Maria Teixeira, who heads the Pell Hill Neighborhood Association, founded in 1986. "Every group that comes in thinks it's the last one. It never is."

On Saturday, the association held its 12th annual Vinton Street festival. Mr. Ruggieri cut hair for free, as he has every year since the first one. Between customers, he looked out at the crowd. "In 1950, this was all Italian," he said. "In the year 2010, who knows? Maybe it will be all Chinese. It will still be Pell Hill.\"""", [
  ("Thursday evening","TIME","1998-08-13TEV",N),
  ("the 1950's","DATE","195",N),
  ("more than a hundred years","DURATION","P100Y","MORE_THAN"),
  ("the 1880's","DATE","188",N),
  ("the 1890's","DATE","189",N),
  ("1920","DATE","1920",N),
  ("the late 1950's","DATE","195","END"),
  ("1970","DATE","1970",N),
  ("1946","DATE","1946",N),
  ("the early 1980's","DATE","198","START"),
  ("1981","DATE","1981",N),
  ("A decade later","DATE","1991",N),
  ("Today","DATE","PRESENT_REF",N),
  ("1990","DATE","1990",N),
  ("now","DATE","PRESENT_REF",N),
  ("Now","DATE","PRESENT_REF",N),
  ("the mid-1990's","DATE","199","MID"),
  ("the past five years","DURATION","P5Y",N),
  ("1911","DATE","1911",N),
  ("every Sunday","SET","XXXX-WXX-7",N),
  ("now","DATE","PRESENT_REF",N),
  ("1992","DATE","1992",N),
  ("this spring","DATE","1998-SP",N),
  ("the 1970's","DATE","197",N),
  ("the 1920's","DATE","192",N),
  ("1986","DATE","1986",N),
  ("Saturday","DATE","1998-08-15",N),
  ("every year","SET","P1Y",N),
  ("1950","DATE","1950",N),
  ("the year 2010","DATE","2010",N),
], "D"))

# 4. NYT Science -- medical research advance over decades. DCT Thursday 2000-05-11.
# Debatable: "the time" (PAST_REF vs 1989); "twice a day" SET value; "soon"-free.
CASES.append(("2000-05-11", """For three decades, Dr. Miriam Okafor has kept a photograph on her desk of a small boy named Daniel, one of the first patients she treated as a young resident at Children's Hospital in Boston in 1971. He died of cystic fibrosis the following spring.

On Thursday, Dr. Okafor and colleagues at 14 medical centers reported in The New England Journal of Medicine that an experimental drug, tested for two years in 390 patients, improved lung function by an average of 10 percent and cut hospitalizations by nearly half. It is the first treatment aimed at the underlying defect in the disease, rather than its symptoms.

"This is what we have been waiting for since 1989," said Dr. Okafor, now the director of the cystic fibrosis center at the University of Michigan. "It's not a cure. But it's the first time we've hit the target."

The search for the target began in earnest in the early 1980's. Scientists knew that cystic fibrosis, which affects about 30,000 Americans, was caused by a single faulty gene, but they had no idea where it was. Teams in Toronto and Ann Arbor spent nine years hunting for it, and in August 1989 they announced that they had found it on chromosome 7.

At the time, many researchers predicted that gene therapy -- replacing the defective gene with a healthy copy -- would produce a treatment within five years. Dr. Okafor was among them. "We were naive," she said on Wednesday. "We thought the hard part was over. It turned out to be the easy part."

The first gene-therapy trials in cystic fibrosis patients began in 1993. By the mid-1990's, a dozen had been tried, and all had failed; the viruses used to carry the gene into lung cells provoked inflammation, and the effect faded after a few weeks. In September 1999, the death of a young man in a gene-therapy trial for a different disease in Philadelphia brought much of the field to a halt.

Dr. Okafor had by then taken a different approach. In 1994, she and a biochemist, Dr. Paul Lindqvist, began screening thousands of chemical compounds for any that could help the faulty protein produced by the gene reach the surface of the cell. It took them three years to find one that worked in the laboratory, and two more years to make a version that could be taken as a pill.

The drug, which the researchers call CFX-12, entered clinical trials in the spring of 1998. Patients took it twice a day, and every three months they underwent tests of lung function. The results, released at a news conference in Ann Arbor on Thursday morning, surprised even its inventors: after six months, the average patient had regained lung capacity lost over the previous four years.

Dr. Samuel Kirsch, who led the Michigan team that helped find the gene in 1989 and now directs a genetics institute in Bethesda, Md., called the results "a remarkable vindication" of the slow, unglamorous work of basic biology.

Not everyone is as enthusiastic. Several researchers cautioned that the trial was too short to show whether the drug would extend patients' lives, and the Food and Drug Administration is not expected to rule on it before 2002. Meanwhile, the company that makes it, Cellegen of Cambridge, Mass., plans a larger trial beginning this fall.

The median survival age for cystic fibrosis patients has climbed steadily, from about 8 in 1970 to 32 today, largely because of better antibiotics and nutrition. Dr. Okafor said she hoped the new drug would push it much higher within a decade.

She still thinks about Daniel. "He would be 35 now," she said. "I'd like to think that a boy born this year won't have to think about any of this by the time he's 35.\"""", [
  ("three decades","DURATION","P30Y",N),
  ("1971","DATE","1971",N),
  ("the following spring","DATE","1972-SP",N),
  ("Thursday","DATE","2000-05-11",N),
  ("two years","DURATION","P2Y",N),
  ("1989","DATE","1989",N),
  ("now","DATE","PRESENT_REF",N),
  ("the early 1980's","DATE","198","START"),
  ("nine years","DURATION","P9Y",N),
  ("August 1989","DATE","1989-08",N),
  ("the time","DATE","PAST_REF",N),
  ("five years","DURATION","P5Y",N),
  ("Wednesday","DATE","2000-05-10",N),
  ("1993","DATE","1993",N),
  ("the mid-1990's","DATE","199","MID"),
  ("a few weeks","DURATION","PXW",N),
  ("September 1999","DATE","1999-09",N),
  ("1994","DATE","1994",N),
  ("three years","DURATION","P3Y",N),
  ("two more years","DURATION","P2Y",N),
  ("the spring of 1998","DATE","1998-SP",N),
  ("twice a day","SET","P1D",N),
  ("every three months","SET","P3M",N),
  ("Thursday morning","TIME","2000-05-11TMO",N),
  ("six months","DURATION","P6M",N),
  ("the previous four years","DURATION","P4Y",N),
  ("1989","DATE","1989",N),
  ("now","DATE","PRESENT_REF",N),
  ("2002","DATE","2002",N),
  ("this fall","DATE","2000-FA",N),
  ("1970","DATE","1970",N),
  ("today","DATE","PRESENT_REF",N),
  ("a decade","DURATION","P10Y",N),
  ("now","DATE","PRESENT_REF",N),
  ("this year","DATE","2000",N),
], "D"))

# 5. NYT Metro -- investigation of a police shooting, timeline of one night. DCT Sunday 1999-12-05.
# Debatable: "that night"/"The night" for a night spanning Nov. 13-14 (valued 1999-11-13TNI);
# "later that morning" mod END (after TimeBank "later this afternoon"); clock times + "on Sunday, Nov. 14" split.
CASES.append(("1999-12-05", """Four plainclothes police officers turned onto Harlan Avenue in the Bronx at 1:12 a.m. on Sunday, Nov. 14, looking for a man who had been reported carrying a gun outside a social club. By 1:14 a.m., Tyrone Maddox, a stock clerk who was 23, was lying on the sidewalk with five bullet wounds, and a silver object that the officers had taken for a pistol lay beside him. It was a cellular phone.

Over the past three weeks, the shooting has set off protests outside the 46th Precinct station house, a grand jury investigation and a bitter public argument between the Police Commissioner and the Bronx District Attorney. A reconstruction of that night by The New York Times, based on police radio transmissions, 911 records and interviews with more than 30 witnesses, suggests that the encounter unfolded faster and more chaotically than the Police Department's initial account indicated.

The night began quietly. Mr. Maddox finished his shift at a supermarket on Fordham Road at 10 p.m. on Saturday and took a bus home, according to his manager and a transfer slip found in his pocket. At about 11:30, he called his girlfriend, Keisha Barnes, and said he would meet her later at her cousin's birthday party on Harlan Avenue.

The 911 call that brought the officers came in at 12:51 a.m. An anonymous caller told the dispatcher that "a guy in a black jacket" was showing a gun outside the Caribe Social Club, near the corner of Harlan and 181st Street. The dispatcher relayed the call at 12:53, and the officers, who were about 10 blocks away, acknowledged it at 12:54.

For reasons that remain unclear, they did not arrive for 18 minutes. Lawyers for the officers say they were delayed by a traffic accident on the Grand Concourse; police records show no accident reported in the area that night.

Mr. Maddox, meanwhile, had left his apartment at 12:58, according to a neighbor who passed him on the stairs. He was wearing a black leather jacket. At 1:09, he used his cell phone to call Ms. Barnes again; phone company records show the call lasted 2 minutes 40 seconds. She said on Thursday that he told her he was "right around the corner."

The officers say that when they pulled up at 1:12, they saw a man matching the description walking toward the club with something shiny in his right hand. Officer Daniel Kearney, who was driving, told investigators that he shouted "Police! Don't move!" and that Mr. Maddox turned toward the car and raised his hand.

Witnesses dispute that account. Three people standing outside the club said the officers did not identify themselves, and that Mr. Maddox, still talking on the phone, turned around only after the car doors flew open. The officers fired 14 shots in about four seconds. The first call for an ambulance went out at 1:14 a.m. Mr. Maddox was pronounced dead at Lincoln Hospital at 2:05.

The Police Department's first public statement, issued later that morning, said the officers had "confronted an armed suspect." It was not until the following afternoon that a department spokesman acknowledged that no weapon had been recovered.

Police Commissioner Martin Rourke has said the officers acted within department guidelines, and he has resisted calls to disband the Street Crime Unit, which has been under scrutiny since the shooting of Amadou Diallo in February. The District Attorney, Luis Ortega, began presenting evidence to a grand jury last week and is expected to ask for a decision before Christmas.

Ms. Barnes still has the phone records. "He was talking to me," she said. "He was talking to me the whole time.\"""", [
  ("1:12 a.m.","TIME","1999-11-14T01:12",N),
  ("Sunday, Nov. 14","DATE","1999-11-14",N),
  ("1:14 a.m.","TIME","1999-11-14T01:14",N),
  ("the past three weeks","DURATION","P3W",N),
  ("that night","TIME","1999-11-13TNI",N),
  ("The night","TIME","1999-11-13TNI",N),
  ("10 p.m.","TIME","1999-11-13T22:00",N),
  ("Saturday","DATE","1999-11-13",N),
  ("about 11:30","TIME","1999-11-13T23:30","APPROX"),
  ("12:51 a.m.","TIME","1999-11-14T00:51",N),
  ("12:53","TIME","1999-11-14T00:53",N),
  ("12:54","TIME","1999-11-14T00:54",N),
  ("18 minutes","DURATION","PT18M",N),
  ("that night","TIME","1999-11-13TNI",N),
  ("12:58","TIME","1999-11-14T00:58",N),
  ("1:09","TIME","1999-11-14T01:09",N),
  ("2 minutes 40 seconds","DURATION","PT2M40S",N),
  ("Thursday","DATE","1999-12-02",N),
  ("1:12","TIME","1999-11-14T01:12",N),
  ("about four seconds","DURATION","PT4S","APPROX"),
  ("1:14 a.m.","TIME","1999-11-14T01:14",N),
  ("2:05","TIME","1999-11-14T02:05",N),
  ("later that morning","TIME","1999-11-14TMO","END"),
  ("the following afternoon","TIME","1999-11-15TAF",N),
  ("February","DATE","1999-02",N),
  ("last week","DATE","1999-W47",N),
  ("Christmas","DATE","1999-12-25",N),
], "D"))

# 6. AP Sports -- a legend's final season. DCT Saturday 1998-09-26.
# Debatable: "For now" -> "now" PRESENT_REF; "four hours" inside "four hours early".
CASES.append(("1998-09-26", """BALTIMORE (AP) -- For 21 years, Eddie Calloway has trotted out to third base at the start of every Orioles home game. On Friday night, he did it for the last time.

A sellout crowd of 48,000 stood and cheered for five minutes before his first at-bat, and again in the eighth inning, when he lined a double into the left-field corner, the 3,011th hit of his career. The Orioles lost to the Yankees, 5-3, but nobody seemed to mind. He will play his final game on Sunday in Toronto.

"I've been doing this since I was 19," Calloway said afterward, his voice breaking. "I don't know what I'm going to do on Monday morning."

Calloway, now 40, arrived in Baltimore in September 1977, a skinny kid from Lubbock, Texas, who had hit .340 in Class AA that summer. He became the everyday third baseman the following spring and held the job for the next two decades. He won the American League's Most Valuable Player award in 1983, when the Orioles won their last World Series, and he made the All-Star team 14 times, the last in 1996.

But the last few years have been difficult. A torn hamstring cost him most of 1997, and this year he has been a part-time player, batting .241 with six home runs. He announced in June that this would be his final season.

"He knew before we did," said the Orioles' manager. "In spring training he told me, 'Skip, this is it.' I didn't believe him until the All-Star break."

Calloway's durability was once the stuff of legend. From 1979 to 1986, he missed a total of 11 games, and in the mid-1980's he played in 812 consecutive games, at the time the third-longest streak in major league history. Cal Ripken Jr., who played beside him at shortstop for 15 years, broke Lou Gehrig's record in September 1995 and ended his own streak of 2,632 games only last Sunday.

"Eddie taught me how to be a professional," Ripken said on Friday. "When I came up in 1981, he was the one who told me to get to the ballpark four hours early. I still do it."

Calloway has not said what he will do next. The Orioles have offered him a job as a roving minor league instructor, and a Baltimore television station has approached him about broadcasting games next year. For now, he said, he plans to spend the next few months hunting with his two sons in West Texas.

His teammates have been less reticent about his future. "He'll be in Cooperstown in five years," said the first baseman, Rafael Palmeiro. "Everybody in this room knows it."

On Friday night, after the last out, he walked slowly to third base, knelt and scooped a handful of dirt into his pocket. "Twenty-one years," he said later. "It went by in about a week.\"""", [
  ("21 years","DURATION","P21Y",N),
  ("Friday night","TIME","1998-09-25TNI",N),
  ("five minutes","DURATION","PT5M",N),
  ("Sunday","DATE","1998-09-27",N),
  ("Monday morning","TIME","1998-09-28TMO",N),
  ("now","DATE","PRESENT_REF",N),
  ("September 1977","DATE","1977-09",N),
  ("that summer","DATE","1977-SU",N),
  ("the following spring","DATE","1978-SP",N),
  ("the next two decades","DURATION","P20Y",N),
  ("1983","DATE","1983",N),
  ("1996","DATE","1996",N),
  ("the last few years","DURATION","PXY",N),
  ("1997","DATE","1997",N),
  ("this year","DATE","1998",N),
  ("June","DATE","1998-06",N),
  ("1979","DATE","1979",N),
  ("1986","DATE","1986",N),
  ("the mid-1980's","DATE","198","MID"),
  ("the time","DATE","PAST_REF",N),
  ("15 years","DURATION","P15Y",N),
  ("September 1995","DATE","1995-09",N),
  ("last Sunday","DATE","1998-09-20",N),
  ("Friday","DATE","1998-09-25",N),
  ("1981","DATE","1981",N),
  ("four hours","DURATION","PT4H",N),
  ("next year","DATE","1999",N),
  ("now","DATE","PRESENT_REF",N),
  ("the next few months","DURATION","PXM",N),
  ("five years","DURATION","P5Y",N),
  ("Friday night","TIME","1998-09-25TNI",N),
  ("Twenty-one years","DURATION","P21Y",N),
  ("about a week","DURATION","P1W","APPROX"),
], "D"))

# 7. NYT National -- environmental dispute spanning years. DCT Tuesday 2000-02-15.
# Debatable: "a year" in "fewer than 200 fish a year" (SET P1Y per TimeBank); "the end of 2003" mod END.
CASES.append(("2000-02-15", """ELK FALLS, Wash. -- Since 1913, the Kessler Dam has stood across the Tolt River gorge, 108 feet of concrete that powered the lumber mills of this valley and, in the process, cut off 40 miles of spawning grounds that had produced some of the largest chinook salmon runs in the Pacific Northwest.

On Monday, after a fight that has lasted more than 15 years and consumed three governors, two Interior Secretaries and a small forest of legal briefs, the Federal Energy Regulatory Commission ordered the dam's owner, Cascade Pacific Power, to tear it down by the end of 2003.

The ruling, the first time the commission has ordered the removal of a dam over its owner's objections, was hailed by environmental groups and the Muckleshoot Indian Tribe as a historic victory. Cascade Pacific said on Monday that it would appeal.

The dispute began quietly in the spring of 1984, when the dam's 50-year federal license came up for renewal. At the time, few people in Elk Falls paid attention. The mills had closed in the late 1970's, but the dam still supplied cheap electricity to about 9,000 homes, and the idea of removing it seemed, as one county commissioner put it, "about as likely as moving Mount Rainier."

That changed in 1988, when biologists from the University of Washington published a study showing that the Tolt's wild chinook had dwindled to fewer than 200 fish a year, down from an estimated 30,000 in the 1890's. Two years later, the tribe filed suit, arguing that the dam violated fishing rights guaranteed by an 1855 treaty.

The case dragged on through the 1990's. The company offered to build a fish ladder; the tribe and environmental groups said a ladder would not work on a dam that high. In 1994 the chinook were listed as threatened under the Endangered Species Act, and the following year the Interior Department formally recommended removal.

By then the politics of the valley had shifted. Many of the old mill families had moved away, and newcomers -- commuters to Seattle, retirees, fly fishermen -- had begun to outnumber them. In a nonbinding referendum in November 1997, county voters supported removal by a margin of 58 to 42 percent.

Now the fight moves to the courts, and to the question of who will pay. Tearing down the dam and removing the 2.4 million cubic yards of sediment behind it will cost an estimated $68 million. Cascade Pacific says its customers should not bear the cost; the company's lawyers argued last month that the government should pay, since it was the government that changed the rules.

Residents remain divided. "My grandfather helped pour that concrete in 1912," said Walter Beck, 74, who runs a hardware store on Main Street. "Now they tell me it was a mistake. Maybe it was. But it was our mistake."

Downstream, at the tribe's hatchery, Mary Sam, a fisheries biologist, said that recent years had brought some hope: 460 chinook returned to the river last fall, the most since the 1960's. "Give the river 10 years without that dam," she said, "and we'll see thousands."

Officials with the commission said on Monday that the removal could begin in the summer of 2002, after the company completes an environmental review. A hearing on the company's request for a rehearing is scheduled for next month in Washington.""", [
  ("1913","DATE","1913",N),
  ("Monday","DATE","2000-02-14",N),
  ("more than 15 years","DURATION","P15Y","MORE_THAN"),
  ("the end of 2003","DATE","2003","END"),
  ("Monday","DATE","2000-02-14",N),
  ("the spring of 1984","DATE","1984-SP",N),
  ("50-year","DURATION","P50Y",N),
  ("the time","DATE","PAST_REF",N),
  ("the late 1970's","DATE","197","END"),
  ("1988","DATE","1988",N),
  ("a year","SET","P1Y",N),
  ("the 1890's","DATE","189",N),
  ("Two years later","DATE","1990",N),
  ("1855","DATE","1855",N),
  ("the 1990's","DATE","199",N),
  ("1994","DATE","1994",N),
  ("the following year","DATE","1995",N),
  ("November 1997","DATE","1997-11",N),
  ("Now","DATE","PRESENT_REF",N),
  ("last month","DATE","2000-01",N),
  ("1912","DATE","1912",N),
  ("Now","DATE","PRESENT_REF",N),
  ("recent years","DURATION","PXY",N),
  ("last fall","DATE","1999-FA",N),
  ("the 1960's","DATE","196",N),
  ("10 years","DURATION","P10Y",N),
  ("Monday","DATE","2000-02-14",N),
  ("the summer of 2002","DATE","2002-SU",N),
  ("next month","DATE","2000-03",N),
], "D"))

# 8. AP -- a refugee family's journey (months, seasons). DCT Wednesday 1999-11-24.
# Debatable: "Thanksgiving" inside "their first Thanksgiving dinner" (tagged as the 1999 holiday);
# "the fall" (1999-FA); "three days earlier" counted from March 27.
CASES.append(("1999-11-24", """UTICA, N.Y. (AP) -- Eight months ago, Fatmire Berisha was hiding in a cellar in the Kosovo town of Djakovica with her husband, three children and her husband's mother, listening to Serbian police go from house to house. On Thursday, the family will sit down to their first Thanksgiving dinner, in a two-bedroom apartment on Utica's east side.

"In March, we did not know if we would live to see April," Mrs. Berisha, 34, said through an interpreter on Monday. "Now my son asks me what a turkey is."

The family's journey began on the night of March 27. NATO had begun bombing Yugoslavia three days earlier, and Serbian forces were emptying the Albanian neighborhoods of Djakovica one street at a time. Police officers ordered everyone on their street out of their houses and gave them 10 minutes to leave. The family walked for two days toward the Albanian border, joining a column of thousands of people on foot, on tractors and in cars.

At the border crossing at Morina, Serbian police took their identity papers and tore the license plates off the cars. Mrs. Berisha's husband, Agim, was pulled from the line and held for most of a day before he was released without explanation. "I thought I would never see him again," she said.

They spent the next five weeks in a tent camp outside Kukes, in northern Albania, where heavy rains turned the ground to mud and the children, Arben, 11, Drita, 8, and Luan, 3, fell ill with diarrhea. In early May, the family was flown to the United States as part of an emergency program that eventually brought more than 20,000 Kosovars to this country.

They lived for three weeks at Fort Dix, N.J., where the Army had set up a processing center, before a refugee agency placed them in Utica, a city that has resettled Bosnians, Vietnamese and Russians since the late 1970's. By the middle of June, Agim had a job at a plastics factory, and Arben and Drita were taking English classes at a local school.

The war ended that month. NATO suspended its bombing on June 10, and within weeks tens of thousands of refugees had returned to Kosovo. The Berishas watched the news on a borrowed television, looking for familiar faces.

In August, a cousin who had gone back sent word that their house in Djakovica had been burned. Agim's mother, Hava, who is 71, wants to return anyway. The rest of the family is not sure.

"Two years ago we had a house, a car, a shop," Agim said. He had owned a small electronics store for 12 years. "Now we have nothing there. Here we have nothing also, but here the children are safe."

Federal officials say about a third of the Kosovars brought to the United States have already gone home, most of them in the fall, on flights paid for by the government. The others have until next spring to decide; after that, they will lose their free passage back.

The Berishas have never lived in a place where snow stays on the ground for five months. On Sunday, a volunteer from their church brought warm coats for the children. Luan, who turned 4 last week, put his on and refused to take it off.

On Thursday, Mrs. Berisha plans to cook a turkey for the first time, following instructions a neighbor wrote out for her. "Last year I did not know this holiday," she said. "This year, we have a lot to be thankful for.\"""", [
  ("Eight months ago","DATE","1999-03",N),
  ("Thursday","DATE","1999-11-25",N),
  ("Thanksgiving","DATE","1999-11-25",N),
  ("March","DATE","1999-03",N),
  ("April","DATE","1999-04",N),
  ("Monday","DATE","1999-11-22",N),
  ("Now","DATE","PRESENT_REF",N),
  ("the night of March 27","TIME","1999-03-27TNI",N),
  ("three days earlier","DATE","1999-03-24",N),
  ("10 minutes","DURATION","PT10M",N),
  ("two days","DURATION","P2D",N),
  ("a day","DURATION","P1D",N),
  ("the next five weeks","DURATION","P5W",N),
  ("early May","DATE","1999-05","START"),
  ("three weeks","DURATION","P3W",N),
  ("the late 1970's","DATE","197","END"),
  ("the middle of June","DATE","1999-06","MID"),
  ("that month","DATE","1999-06",N),
  ("June 10","DATE","1999-06-10",N),
  ("weeks","DURATION","PXW",N),
  ("August","DATE","1999-08",N),
  ("Two years ago","DATE","1997",N),
  ("12 years","DURATION","P12Y",N),
  ("Now","DATE","PRESENT_REF",N),
  ("the fall","DATE","1999-FA",N),
  ("next spring","DATE","2000-SP",N),
  ("five months","DURATION","P5M",N),
  ("Sunday","DATE","1999-11-21",N),
  ("last week","DATE","1999-W46",N),
  ("Thursday","DATE","1999-11-25",N),
  ("Last year","DATE","1998",N),
  ("This year","DATE","1999",N),
], "D"))

# 9. NYT Business -- a technology company's rise in the 1990s. DCT Friday 2000-03-17.
# Debatable: "11 consecutive quarters" (P11Q), "two quarters" (P2Q) -- TimeBank mostly uses Q units; "in five years" (DURATION);
# "the 12 months that ended in July" split; "A year later" after "early 1994".
CASES.append(("2000-03-17", """SAN JOSE, Calif. -- In the summer of 1993, Raj Mehta and David Kwan were sharing a two-room apartment in Palo Alto and writing software on a pair of secondhand Sun workstations. On Thursday, the company they started that fall, Lumina Networks, agreed to buy a rival, Talon Systems of Austin, Tex., for $4.1 billion in stock.

The deal will make Lumina the second-largest maker of network-routing equipment after Cisco Systems, a company that was, at the beginning of the 1990's, about the size Lumina is today.

Lumina's rise has been swift even by the standards of Silicon Valley. It shipped its first product, a router for small corporate networks, in January 1995, and had revenue of $3 million that year. In the 12 months that ended in July, revenue was $1.2 billion, and the company has been profitable for 11 consecutive quarters.

Its stock, which began trading on the Nasdaq in June 1996 at $14 a share, closed on Thursday at $212, giving the company a market value of about $38 billion. An investor who bought 100 shares at the initial public offering would now hold stock worth more than $360,000, after four stock splits.

The founders met as graduate students at Stanford in the late 1980's. Mr. Mehta grew up in Bombay and came to the United States in 1984; Mr. Kwan is the son of a grocer in Sacramento. They were assigned to the same networking seminar in 1988. "At the time," Mr. Kwan recalled on Wednesday, "everybody thought networking was plumbing. The glamorous jobs were in graphics and chips."

Their insight was that corporate networks, then built to carry electronic mail and spreadsheets, would have to carry far more traffic once the Internet reached ordinary offices. The first venture capitalists they approached, in early 1994, turned them down. A year later, with a working prototype and three customers, they raised $6 million.

Lumina grew through the late 1990's largely by acquisition; it bought seven smaller companies between 1997 and last December. Its work force has grown from 40 in 1996 to 6,800 today.

Not everything has gone smoothly. In the fall of 1998, when the Asian economies collapsed, Lumina's sales fell for two quarters and its stock lost two-thirds of its value in six weeks. Mr. Mehta said the experience taught the company discipline. "For about three months, we thought we might not make it," he said.

Analysts said on Thursday that the Talon deal, expected to close in the second quarter, would give Lumina a foothold in optical networking, a technology that many believe will dominate the industry for years.

Some are more cautious. "This is a company whose stock has gone up 40 percent since January," said Susan Feld, an analyst at Hambrecht & Quist. "Every one of these deals assumes that the good times will last. In 1987, nobody thought they'd end, either."

Mr. Mehta, who is 38, still works in a cubicle. Asked on Wednesday where Lumina would be in five years, he laughed. "Five years ago we had 12 employees," he said. "I don't make five-year predictions anymore.\"""", [
  ("the summer of 1993","DATE","1993-SU",N),
  ("Thursday","DATE","2000-03-16",N),
  ("that fall","DATE","1993-FA",N),
  ("the beginning of the 1990's","DATE","199","START"),
  ("today","DATE","PRESENT_REF",N),
  ("January 1995","DATE","1995-01",N),
  ("that year","DATE","1995",N),
  ("the 12 months","DURATION","P12M",N),
  ("July","DATE","1999-07",N),
  ("11 consecutive quarters","DURATION","P11Q",N),
  ("June 1996","DATE","1996-06",N),
  ("Thursday","DATE","2000-03-16",N),
  ("now","DATE","PRESENT_REF",N),
  ("the late 1980's","DATE","198","END"),
  ("1984","DATE","1984",N),
  ("1988","DATE","1988",N),
  ("the time","DATE","PAST_REF",N),
  ("Wednesday","DATE","2000-03-15",N),
  ("early 1994","DATE","1994","START"),
  ("A year later","DATE","1995",N),
  ("the late 1990's","DATE","199","END"),
  ("1997","DATE","1997",N),
  ("last December","DATE","1999-12",N),
  ("1996","DATE","1996",N),
  ("today","DATE","PRESENT_REF",N),
  ("the fall of 1998","DATE","1998-FA",N),
  ("two quarters","DURATION","P2Q",N),
  ("six weeks","DURATION","P6W",N),
  ("about three months","DURATION","P3M","APPROX"),
  ("Thursday","DATE","2000-03-16",N),
  ("the second quarter","DATE","2000-Q2",N),
  ("years","DURATION","PXY",N),
  ("January","DATE","2000-01",N),
  ("1987","DATE","1987",N),
  ("Wednesday","DATE","2000-03-15",N),
  ("five years","DURATION","P5Y",N),
  ("Five years ago","DATE","1995",N),
  ("five-year","DURATION","P5Y",N),
], "D"))

# 10. NYT news analysis -- review of a long trial. DCT Tuesday 1998-12-22.
# Debatable: "four days a week" SET value; "14 months ... later" tagged as DURATION "14 months";
# "3:40 p.m. on Monday" split into TIME + DATE.
CASES.append(("1998-12-22", """CHICAGO -- When the trial of Leonard Voss began in a federal courtroom here on Oct. 6, 1997, the prosecutors estimated that it would last four months. On Monday, 14 months, 212 witnesses and some 9,000 exhibits later, a jury found the former chairman of the Midwest Health Alliance guilty on 27 counts of fraud, conspiracy and money laundering.

The verdict, which came after the jury had deliberated for nine days, ended the longest criminal trial in the history of the Northern District of Illinois, and one of the most expensive. It also left lawyers on both sides wondering whether a case this complicated should ever have been tried at all.

The charges grew out of an investigation that began in the late 1980's, when auditors for the Medicare program noticed that the alliance's 11 hospitals were billing for home health visits at rates far above those of other hospitals. By 1992 a grand jury was hearing evidence, and in March 1995 Mr. Voss and six other executives were indicted.

It took more than two years to bring the case to trial. Defense lawyers filed more than 300 motions, and in the spring of 1996 the original judge, Harold Stein, withdrew after disclosing that his brother-in-law had been treated at one of the alliance's hospitals. The case was reassigned to Judge Marcia Ellington, who at the time had been on the bench for less than a year.

Once testimony began, the trial settled into a grinding routine. The jury heard evidence four days a week and spent much of January listening to accountants explain Medicare cost reports. Two jurors were dismissed in February, one for illness and one for falling asleep, leaving the panel with only one alternate.

The government rested its case in early June, after calling 164 witnesses over eight months. The defense case lasted until mid-November. Mr. Voss himself testified for 11 days in October, insisting that he had relied on the advice of lawyers and accountants and had never read the cost reports he signed.

The jury began deliberating on Dec. 9. Last Thursday, it sent a note to the judge saying it was deadlocked on several counts; Judge Ellington urged the jurors to keep trying. The verdict was announced at 3:40 p.m. on Monday.

Legal experts said the length of the trial was itself a problem. "No juror can keep 14 months of testimony in his head," said Prof. Albert Hinz of Northwestern University School of Law. "By the time they deliberate, what they remember is the beginning and the end."

Federal prosecutors have been criticized for years for bringing sprawling cases that overwhelm juries. But the lead prosecutor, Ann Whitcomb, defended the decision to try Mr. Voss on all counts at once. "This was a fraud that went on for a decade," she said on Monday evening. "You can't explain it in a week."

Mr. Voss, who is 63 and has been free on bail since his indictment, faces up to 20 years in prison. His lawyers said they would appeal. Sentencing is set for March 19. The trial of two remaining co-defendants, originally scheduled for next month, has been postponed until the fall.

For the jurors, the end came as a relief. One of them, a retired mail carrier from Evanston, said on Monday night that she planned to spend Christmas with her grandchildren in Florida. She said she had missed two family weddings and a funeral since the fall of 1997. "When I got the summons, my granddaughter was in kindergarten," she said. "Now she's reading.\"""", [
  ("Oct. 6, 1997","DATE","1997-10-06",N),
  ("four months","DURATION","P4M",N),
  ("Monday","DATE","1998-12-21",N),
  ("14 months","DURATION","P14M",N),
  ("nine days","DURATION","P9D",N),
  ("the late 1980's","DATE","198","END"),
  ("1992","DATE","1992",N),
  ("March 1995","DATE","1995-03",N),
  ("more than two years","DURATION","P2Y","MORE_THAN"),
  ("the spring of 1996","DATE","1996-SP",N),
  ("the time","DATE","PAST_REF",N),
  ("less than a year","DURATION","P1Y","LESS_THAN"),
  ("four days a week","SET","P1W",N),
  ("January","DATE","1998-01",N),
  ("February","DATE","1998-02",N),
  ("early June","DATE","1998-06","START"),
  ("eight months","DURATION","P8M",N),
  ("mid-November","DATE","1998-11","MID"),
  ("11 days","DURATION","P11D",N),
  ("October","DATE","1998-10",N),
  ("Dec. 9","DATE","1998-12-09",N),
  ("Last Thursday","DATE","1998-12-17",N),
  ("3:40 p.m.","TIME","1998-12-21T15:40",N),
  ("Monday","DATE","1998-12-21",N),
  ("14 months","DURATION","P14M",N),
  ("years","DURATION","PXY",N),
  ("a decade","DURATION","P10Y",N),
  ("Monday evening","TIME","1998-12-21TEV",N),
  ("a week","DURATION","P1W",N),
  ("up to 20 years","DURATION","P20Y","EQUAL_OR_LESS"),
  ("March 19","DATE","1999-03-19",N),
  ("next month","DATE","1999-01",N),
  ("the fall","DATE","1999-FA",N),
  ("Monday night","TIME","1998-12-21TNI",N),
  ("Christmas","DATE","1998-12-25",N),
  ("the fall of 1997","DATE","1997-FA",N),
  ("Now","DATE","PRESENT_REF",N),
], "D"))
