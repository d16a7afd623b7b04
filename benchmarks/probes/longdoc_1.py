# Hand-annotated full-length AP/Reuters-style wire articles, 1998-2000.
# TimeML 1.2.1 / TimeBank 1.2 (TempEval-3) TIMEX3 conventions.
# Each case: (DCT, text, [(extent, TYPE, value, mod), ...in text order], flag)
# Flag "D" = TimeML practice for some mention in the article is debatable.
N = None
CASES = []

# 1. Court ruling. DCT Thursday 1998-06-25.
# D: "the same week" (anchored on Aug. 11, 1997 -> 1997-W33); "a year ago" granularity (1997);
#    "August of that year" tagged as one extent; "since then" left untagged (TimeBank wsj_0781
#    does not tag it); "within 30 days": "within" outside, no mod (TimeBank majority).
CASES.append(("1998-06-25", """WASHINGTON (AP) -- The Supreme Court struck down the line-item veto Thursday, ruling 6-3 that the 1996 law giving the president power to cancel individual items in spending and tax bills violates the Constitution.

"If there is to be a new procedure in which the president will play a different role in determining the final text of what may become a law, such change must come not by legislation but through the amendment procedures," Justice John Paul Stevens wrote for the majority.

President Clinton, who used the veto 82 times last year, said he was deeply disappointed. "The decision is a defeat for all Americans," he said in a statement released late Thursday. The White House said the items he canceled would have saved taxpayers nearly $2 billion over five years.

The ruling came in cases brought by New York City, several hospital groups and a union of health care workers, who challenged Clinton's cancellation on Aug. 11, 1997, of a provision involving Medicaid payments, and by a cooperative of Idaho potato growers who lost a tax break the same week.

A federal judge in Washington declared the law unconstitutional in February, and the Justice Department appealed directly to the high court, which heard arguments April 27.

The justices had sidestepped the issue a year ago, when they threw out a lawsuit by six members of Congress on grounds that the lawmakers lacked standing to sue.

Congress passed the line-item veto in 1996, two years after Republicans made it part of their "Contract With America," and the law took effect Jan. 1, 1997. Clinton first used the power in August of that year, and since then he has canceled items ranging from military construction projects to a tax break for food processors.

In dissent, Justice Antonin Scalia wrote that the law was little different from the president's long-standing authority to decline to spend appropriated money, a practice dating to the 19th century. Justices Sandra Day O'Connor and Stephen Breyer also dissented.

Senate Majority Leader Trent Lott, R-Miss., said Thursday that Republicans would try again, possibly with a constitutional amendment, and that hearings could begin within 30 days. House Speaker Newt Gingrich said he expected a vote on a new version "by the end of the year."

Budget Director Franklin Raines said the administration was reviewing the 13 spending bills Congress must pass before it adjourns in October. He said Clinton would not hesitate to veto entire bills if necessary.

The justices have eight cases left to decide this week and are expected to finish their term early next month.""", [
  ("Thursday","DATE","1998-06-25",N),
  ("1996","DATE","1996",N),
  ("last year","DATE","1997",N),
  ("late Thursday","DATE","1998-06-25","END"),
  ("five years","DURATION","P5Y",N),
  ("Aug. 11, 1997","DATE","1997-08-11",N),
  ("the same week","DATE","1997-W33",N),
  ("February","DATE","1998-02",N),
  ("April 27","DATE","1998-04-27",N),
  ("a year ago","DATE","1997",N),
  ("1996","DATE","1996",N),
  ("two years","DURATION","P2Y",N),
  ("Jan. 1, 1997","DATE","1997-01-01",N),
  ("August of that year","DATE","1997-08",N),
  ("the 19th century","DATE","18",N),
  ("Thursday","DATE","1998-06-25",N),
  ("30 days","DURATION","P30D",N),
  ("the end of the year","DATE","1998","END"),
  ("October","DATE","1998-10",N),
  ("this week","DATE","1998-W26",N),
  ("early next month","DATE","1998-07","START"),
], "D"))

# 2. Plane crash investigation. DCT Saturday 2000-02-05.
# D: "overnight" (TimeBank tags it as TIME ...TNI, anchored here on Friday night);
#    "That night" anchored on "Two days after the crash" (Mon Jan 31 + 2 = Wed Feb 2).
CASES.append(("2000-02-05", """PORT HUENEME, Calif. (Reuters) - Navy divers recovered the flight data recorder from Alaska Airlines Flight 261 on Friday, and federal investigators said Saturday the jet's horizontal stabilizer appeared to have jammed shortly before it plunged into the Pacific Ocean.

"We have good data and we are beginning to read it out," National Transportation Safety Board member John Hammerschmidt told reporters at a briefing late Saturday morning. The recorder was flown overnight to the board's laboratory in Washington, arriving early Saturday.

The MD-83, carrying 88 people from Puerto Vallarta, Mexico, to San Francisco and Seattle, crashed at about 4:20 p.m. Monday after the pilots radioed that they were having trouble controlling the plane's pitch. There were no survivors.

Hammerschmidt said the cockpit voice recorder, which was pulled from the ocean floor Thursday, captured the final 31 minutes of conversation in the cockpit. The tape shows the crew fought the problem for about 10 minutes before the jet dived from 17,000 feet, he said.

"They were working that airplane right to the end," he said.

The Federal Aviation Administration on Thursday ordered inspections of the stabilizer assemblies on more than 1,000 MD-80 series jets, DC-9s and Boeing 717s, giving airlines 72 hours to complete the work. Alaska Airlines said it expected to finish checking its own fleet of 34 MD-80s by Sunday.

Investigators also confirmed this week that the airline's maintenance practices had been the subject of a federal grand jury investigation since December 1998, after a mechanic at its Oakland, Calif., base complained that records had been falsified. The stabilizer jackscrew on the crashed jet was last lubricated in September, and the plane had undergone a major overhaul in 1997, the airline said.

Two days after the crash, hundreds of relatives gathered on the beach here for a memorial service. That night, candles lined the sand for nearly a mile.

It was the first fatal accident for Alaska Airlines since 1971, when a Boeing 727 slammed into a mountainside near Juneau, Alaska, killing 111 people.

NTSB Chairman Jim Hall said the board would hold a public hearing on the crash in the spring, but that a final report could take a year or more. Navy ships will resume searching for wreckage Monday, and the recovery effort is expected to continue for the next several weeks.

"We owe it to the families to find out exactly what happened," Hall said.""", [
  ("Friday","DATE","2000-02-04",N),
  ("Saturday","DATE","2000-02-05",N),
  ("late Saturday morning","TIME","2000-02-05TMO","END"),
  ("overnight","TIME","2000-02-04TNI",N),
  ("early Saturday","DATE","2000-02-05","START"),
  ("about 4:20 p.m. Monday","TIME","2000-01-31T16:20","APPROX"),
  ("Thursday","DATE","2000-02-03",N),
  ("the final 31 minutes","DURATION","PT31M",N),
  ("about 10 minutes","DURATION","PT10M","APPROX"),
  ("Thursday","DATE","2000-02-03",N),
  ("72 hours","DURATION","PT72H",N),
  ("Sunday","DATE","2000-02-06",N),
  ("this week","DATE","2000-W05",N),
  ("December 1998","DATE","1998-12",N),
  ("September","DATE","1999-09",N),
  ("1997","DATE","1997",N),
  ("Two days","DURATION","P2D",N),
  ("That night","TIME","2000-02-02TNI",N),
  ("1971","DATE","1971",N),
  ("the spring","DATE","2000-SP",N),
  ("a year or more","DURATION","P1Y","EQUAL_OR_MORE"),
  ("Monday","DATE","2000-02-07",N),
  ("the next several weeks","DURATION","PXW",N),
], "D"))

# 3. Election result. DCT Monday 2000-07-03 (election held Sunday 2000-07-02).
# D: "Today" inside a quote spoken late Sunday -> 2000-07-02; "the first hour" (of trading) DURATION PT1H;
#    bare "hours" DURATION PTXH.
CASES.append(("2000-07-03", """MEXICO CITY (AP) -- Opposition candidate Vicente Fox won Mexico's presidential election, ending 71 years of rule by the Institutional Revolutionary Party, according to official results released early Monday.

With ballots from 92 percent of polling places counted, Fox had 42.7 percent of the vote to 35.7 percent for the ruling party's Francisco Labastida, the Federal Electoral Institute said at 10 a.m. Monday. Leftist Cuauhtemoc Cardenas was a distant third with 16.5 percent.

"Today, Mexico has shown the world that its democracy has come of age," Fox told tens of thousands of cheering supporters at the Angel of Independence monument late Sunday, hours after the polls closed.

President Ernesto Zedillo, who had pledged to respect the outcome, went on national television at 11 p.m. Sunday to acknowledge Fox's victory. Labastida conceded early today, telling a somber gathering at party headquarters that "the citizens have made a decision that we must respect."

"We have waited seven decades for this," said Maria Elena Gutierrez, a schoolteacher who joined the crowds dancing in the streets of the capital.

The Institutional Revolutionary Party, known as the PRI, had held the presidency without interruption since 1929. It began losing its grip in 1997, when it lost control of the lower house of Congress for the first time, and the opposition won the mayoralty of Mexico City the same year.

Fox, a former Coca-Cola executive, served as governor of the central state of Guanajuato from 1995 until last year, when he stepped down to campaign full time. He announced his candidacy in July 1997, three years before the vote, and spent months building a network of supporters outside his National Action Party.

The PRI chose Labastida in its first-ever presidential primary in November, and the following month he led Fox by double digits in most polls. The race tightened in the spring after a series of televised debates.

Turnout in Sunday's vote was about 64 percent, electoral officials said.

The peso rose 3 percent against the dollar Monday, and Mexico's main stock index jumped 6 percent in the first hour of trading, as investors welcomed the peaceful transition.

Fox will take office Dec. 1 for a six-year term. He said he would name a transition team within two weeks and planned to visit Washington and Ottawa in August. The new Congress, in which no party will hold a majority, convenes Sept. 1.""", [
  ("71 years","DURATION","P71Y",N),
  ("early Monday","DATE","2000-07-03","START"),
  ("10 a.m. Monday","TIME","2000-07-03T10:00",N),
  ("Today","DATE","2000-07-02",N),
  ("late Sunday","DATE","2000-07-02","END"),
  ("hours","DURATION","PTXH",N),
  ("11 p.m. Sunday","TIME","2000-07-02T23:00",N),
  ("early today","DATE","2000-07-03","START"),
  ("seven decades","DURATION","P70Y",N),
  ("1929","DATE","1929",N),
  ("1997","DATE","1997",N),
  ("the same year","DATE","1997",N),
  ("1995","DATE","1995",N),
  ("last year","DATE","1999",N),
  ("July 1997","DATE","1997-07",N),
  ("three years","DURATION","P3Y",N),
  ("months","DURATION","PXM",N),
  ("November","DATE","1999-11",N),
  ("the following month","DATE","1999-12",N),
  ("the spring","DATE","2000-SP",N),
  ("Sunday","DATE","2000-07-02",N),
  ("Monday","DATE","2000-07-03",N),
  ("the first hour","DURATION","PT1H",N),
  ("Dec. 1","DATE","2000-12-01",N),
  ("six-year","DURATION","P6Y",N),
  ("two weeks","DURATION","P2W",N),
  ("August","DATE","2000-08",N),
  ("Sept. 1","DATE","2000-09-01",N),
], "D"))

# 4. Middle East negotiation. DCT Sunday 1998-10-18.
# D: "the coming days" DURATION PXD; "A week later": TimeBank tags only "A week" as DURATION
#    (cf. "Three days later" in wsj_0585), not an anchored DATE.
CASES.append(("1998-10-18", """QUEENSTOWN, Md. (AP) -- Israeli and Palestinian negotiators worked past 3 a.m. Sunday at a secluded retreat on Maryland's Eastern Shore, and President Clinton returned to the talks Sunday in an effort to close the remaining gaps on a West Bank land-for-security deal.

"We have made progress, but there are still some very difficult issues," State Department spokesman James Rubin told reporters late Sunday afternoon. "Nobody is leaving tonight," an Israeli official added.

The summit at the Wye River Conference Center, which opened Thursday, had been scheduled to end Monday, but Rubin said the two sides had agreed to keep talking as long as necessary. Clinton, who spent more than 12 hours at the retreat on Friday, has cleared his schedule for the coming days.

Israeli Prime Minister Benjamin Netanyahu and Palestinian leader Yasser Arafat met face to face for about two hours Saturday night, their first one-on-one session since the summit began.

The negotiations are aimed at carrying out an interim agreement signed in 1995 that called for Israel to hand over more West Bank land in stages. The last Israeli pullback took place in January 1997, when troops withdrew from most of the city of Hebron.

The peace process has been largely frozen for 19 months, since Israel began building a Jewish neighborhood in disputed east Jerusalem in March 1997. A week later, a Palestinian suicide bomber killed three Israeli women at a Tel Aviv cafe, and Netanyahu suspended further withdrawals.

Secretary of State Madeleine Albright brokered the outlines of the deal during a trip to the region in late September, and Clinton met with Netanyahu and Arafat at the White House on Sept. 28.

Under the U.S. proposal, Israel would withdraw from an additional 13 percent of the West Bank over 12 weeks. In return, the Palestinians would arrest suspected militants, and the Palestine National Council would meet within a month to revoke clauses of the PLO charter calling for Israel's destruction.

Netanyahu faces strong opposition from hard-liners in his coalition, who have threatened to bring down his government if he gives up more land. Elections are not due until 2000.

The Palestinians have said they will declare an independent state on May 4, 1999, when the five-year interim period set by the Oslo accords expires.

Jordan's King Hussein, who is undergoing cancer treatment at the Mayo Clinic in Minnesota, may join the talks Tuesday if his doctors allow, Jordanian officials said.""", [
  ("3 a.m. Sunday","TIME","1998-10-18T03:00",N),
  ("Sunday","DATE","1998-10-18",N),
  ("late Sunday afternoon","TIME","1998-10-18TAF","END"),
  ("tonight","TIME","1998-10-18TNI",N),
  ("Thursday","DATE","1998-10-15",N),
  ("Monday","DATE","1998-10-19",N),
  ("more than 12 hours","DURATION","PT12H","MORE_THAN"),
  ("Friday","DATE","1998-10-16",N),
  ("the coming days","DURATION","PXD",N),
  ("about two hours","DURATION","PT2H","APPROX"),
  ("Saturday night","TIME","1998-10-17TNI",N),
  ("1995","DATE","1995",N),
  ("January 1997","DATE","1997-01",N),
  ("19 months","DURATION","P19M",N),
  ("March 1997","DATE","1997-03",N),
  ("A week","DURATION","P1W",N),
  ("late September","DATE","1998-09","END"),
  ("Sept. 28","DATE","1998-09-28",N),
  ("12 weeks","DURATION","P12W",N),
  ("a month","DURATION","P1M",N),
  ("2000","DATE","2000",N),
  ("May 4, 1999","DATE","1999-05-04",N),
  ("five-year","DURATION","P5Y",N),
  ("Tuesday","DATE","1998-10-20",N),
], "D"))

# 5. Corporate merger. DCT Wednesday 1998-12-02 (deal announced Tuesday 1998-12-01).
# D: "January" as a futures delivery month (1999-01); "a year earlier" DATE 1997-Q3 with "earlier"
#    inside the extent (TimeBank: ~30 wsj "a year earlier" tags); "a year" in "$200 billion a year" SET P1Y.
# (gold fixed after review: first draft had "a year" without "earlier", against TimeBank practice)
CASES.append(("1998-12-02", """NEW YORK (Reuters) - Shares of Mobil Corp. slipped on Wednesday as investors and regulators began sizing up its $80 billion merger with Exxon Corp., a day after the two companies agreed to form the world's largest oil company.

The combined company, to be called Exxon Mobil Corp., would have revenue of about $200 billion a year and would overtake Royal Dutch/Shell Group as the biggest publicly traded oil firm.

Exxon Chairman Lee Raymond, who will run the new company, said on Tuesday the merger would produce $2.8 billion in cost savings within 18 months of closing. About 9,000 jobs, or 7 percent of the combined work force, will be cut over the next few years, the companies said.

"The industry is changing, and we have to change with it," Mobil Chairman Lucio Noto told a packed news conference at a Manhattan hotel. Noto said the two companies had first discussed a combination several years ago but dropped the idea.

The deal comes as crude prices have sunk to their lowest levels in 12 years, squeezing profits across the industry. Crude oil for January delivery settled at $11.22 a barrel on the New York Mercantile Exchange on Tuesday. Exxon's third-quarter earnings fell 40 percent from a year earlier.

Exxon's and Mobil's talks began early this year, broke off in the summer and resumed in October, according to people familiar with the negotiations.

The agreement follows British Petroleum Co.'s $48 billion purchase of Amoco Corp., announced in August, and reunites two pieces of John D. Rockefeller's Standard Oil Trust, which was broken up by the Supreme Court in 1911.

The merger must be cleared by the Federal Trade Commission and the European Commission, a review that antitrust lawyers said could take about a year. The companies said they expect to complete the deal in the third quarter of 1999. Shareholders of both companies will vote on it in the spring.

Exxon shares closed up $1.44 at $74.06 on the New York Stock Exchange on Tuesday, while Mobil jumped $7.31 to $86.06. Mobil gave back $2.50 in Wednesday's session.

Analysts said they expect more consolidation next year, with smaller producers such as Texaco Inc. and Chevron Corp. under pressure to find partners.

"There will be fewer, bigger players by the end of the decade," said Fadel Gheit, an oil analyst at Fahnestock & Co.""", [
  ("Wednesday","DATE","1998-12-02",N),
  ("a day","DURATION","P1D",N),
  ("a year","SET","P1Y",N),
  ("Tuesday","DATE","1998-12-01",N),
  ("18 months","DURATION","P18M",N),
  ("the next few years","DURATION","PXY",N),
  ("several years ago","DATE","PAST_REF",N),
  ("12 years","DURATION","P12Y",N),
  ("January","DATE","1999-01",N),
  ("Tuesday","DATE","1998-12-01",N),
  ("third-quarter","DATE","1998-Q3",N),
  ("a year earlier","DATE","1997-Q3",N),
  ("early this year","DATE","1998","START"),
  ("the summer","DATE","1998-SU",N),
  ("October","DATE","1998-10",N),
  ("August","DATE","1998-08",N),
  ("1911","DATE","1911",N),
  ("about a year","DURATION","P1Y","APPROX"),
  ("the third quarter of 1999","DATE","1999-Q3",N),
  ("the spring","DATE","1999-SP",N),
  ("Tuesday","DATE","1998-12-01",N),
  ("Wednesday","DATE","1998-12-02",N),
  ("next year","DATE","1999",N),
  ("the end of the decade","DATE","199","END"),
], "D"))

# 6. Natural disaster. DCT Saturday 1999-08-21 (quake Tuesday 1999-08-17).
# D: "the first hours" PTXH (TimeBank WSJ910225); "the coming weeks" PXW; bare "winter" 1999-WI;
#    "that night" anchored on the Thursday aftershock.
CASES.append(("1999-08-21", """IZMIT, Turkey (AP) -- Rescuers pulled a young boy alive from the ruins of his family's apartment building Saturday, more than four days after a powerful earthquake flattened thousands of buildings across northwestern Turkey.

"It's a miracle. We heard him calling for his mother," said Murat Aksoy, a firefighter from Istanbul who helped dig the boy out with his bare hands. His parents were rescued Tuesday morning, but his two sisters died.

The magnitude 7.4 quake struck at 3:02 a.m. Tuesday, when most people were asleep. Government figures released late Friday put the death toll at 10,800, with nearly 40,000 injured, and officials said the number of dead could still rise sharply.

Rescue teams from more than 20 countries have been working since Tuesday, but experts said few people trapped without water survive more than 72 hours.

A strong aftershock shook the region at 4:30 p.m. Thursday, sending panicked residents into the streets, and hundreds of families spent that night in parks and on soccer fields.

Prime Minister Bulent Ecevit, who toured the devastated city of Adapazari on Wednesday, acknowledged Friday that the relief effort had been slow in the first hours after the quake. Turkish newspapers have accused the government of leaving survivors to fend for themselves.

The quake was the deadliest in Turkey since 1939, when a temblor in the eastern province of Erzincan killed about 33,000 people. The North Anatolian Fault, which runs across the country, has produced a series of major earthquakes over the past 60 years, moving steadily westward toward Istanbul.

Engineers said many of the collapsed buildings were put up during a construction boom in the 1970s and 1980s, when building codes were routinely ignored.

Health officials warned of outbreaks of cholera and dysentery in the coming weeks. Ecevit said the government would begin putting up prefabricated housing next week and hoped to move all homeless families into shelters before winter.

The World Bank said Friday it would lend Turkey up to $1 billion over the next two years to help rebuild. Parliament will meet in an emergency session Monday to consider new taxes to pay for the recovery.""", [
  ("Saturday","DATE","1999-08-21",N),
  ("more than four days","DURATION","P4D","MORE_THAN"),
  ("Tuesday morning","TIME","1999-08-17TMO",N),
  ("3:02 a.m. Tuesday","TIME","1999-08-17T03:02",N),
  ("late Friday","DATE","1999-08-20","END"),
  ("Tuesday","DATE","1999-08-17",N),
  ("more than 72 hours","DURATION","PT72H","MORE_THAN"),
  ("4:30 p.m. Thursday","TIME","1999-08-19T16:30",N),
  ("that night","TIME","1999-08-19TNI",N),
  ("Wednesday","DATE","1999-08-18",N),
  ("Friday","DATE","1999-08-20",N),
  ("the first hours","DURATION","PTXH",N),
  ("1939","DATE","1939",N),
  ("the past 60 years","DURATION","P60Y",N),
  ("the 1970s","DATE","197",N),
  ("1980s","DATE","198",N),
  ("the coming weeks","DURATION","PXW",N),
  ("next week","DATE","1999-W34",N),
  ("winter","DATE","1999-WI",N),
  ("Friday","DATE","1999-08-20",N),
  ("the next two years","DURATION","P2Y",N),
  ("Monday","DATE","1999-08-23",N),
], "D"))

# 7. Sports championship. DCT Thursday 1999-10-28 (Game 4 played Wednesday 1999-10-27).
# D: "the decade" -> 199; "11:15 p.m." anchored on Wednesday night; "now" PRESENT_REF.
CASES.append(("1999-10-28", """NEW YORK (AP) -- Roger Clemens finally has his ring.

Clemens pitched into the eighth inning Wednesday night and the New York Yankees beat the Atlanta Braves 4-1 to complete a four-game sweep of the World Series, their second straight championship and the 25th in franchise history.

"I've waited my whole career for this," said Clemens, who spent most of his career with Boston and Toronto before the Yankees acquired him in a trade in February.

The Yankees have now won 12 straight World Series games, dating to Game 3 of the 1996 Series against Atlanta. It was the third title in four years for manager Joe Torre, who missed 36 games after being treated for prostate cancer in the spring.

Torre hugged his players on the field after Mariano Rivera got Keith Lockhart to fly out to left for the final out at 11:15 p.m., setting off a celebration among the 56,752 fans at Yankee Stadium.

New York scored three runs off John Smoltz in the third inning, and Jim Leyritz, who also homered against the Braves in the 1996 Series, added a home run in the eighth. The Yankees had swept the San Diego Padres last October.

"This team has been through a lot this year," Torre said.

Right fielder Paul O'Neill, whose father died early Wednesday morning, wept as he embraced teammates. Third baseman Scott Brosius lost his father to cancer in September, and utility man Luis Sojo left the team after Game 2 when his father died in Venezuela.

The Yankees won a record 125 games, including the postseason, a year ago, and many experts doubted this team could match that one. They finished the regular season with 98 victories, the best record in the American League.

The Braves, who have reached the World Series five times in the 1990s, have won only one championship during the decade, in 1995. "We ran into a great team," Atlanta manager Bobby Cox said.

Mayor Rudolph Giuliani said early Thursday that the city would hold a ticker-tape parade for the team up lower Broadway on Friday. Owner George Steinbrenner said he would meet with Torre and general manager Brian Cashman within a week to begin planning for next year.

Pitchers and catchers report to spring training in Tampa, Fla., in mid-February.""", [
  ("Wednesday night","TIME","1999-10-27TNI",N),
  ("February","DATE","1999-02",N),
  ("now","DATE","PRESENT_REF",N),
  ("1996","DATE","1996",N),
  ("four years","DURATION","P4Y",N),
  ("the spring","DATE","1999-SP",N),
  ("11:15 p.m.","TIME","1999-10-27T23:15",N),
  ("1996","DATE","1996",N),
  ("last October","DATE","1998-10",N),
  ("this year","DATE","1999",N),
  ("early Wednesday morning","TIME","1999-10-27TMO","START"),
  ("September","DATE","1999-09",N),
  ("a year ago","DATE","1998",N),
  ("the 1990s","DATE","199",N),
  ("the decade","DATE","199",N),
  ("1995","DATE","1995",N),
  ("early Thursday","DATE","1999-10-28","START"),
  ("Friday","DATE","1999-10-29",N),
  ("a week","DURATION","P1W",N),
  ("next year","DATE","2000",N),
  ("mid-February","DATE","2000-02","MID"),
], "D"))

# 8. Scientific announcement. DCT Tuesday 2000-06-27 (announcement Monday 2000-06-26).
# D: "Today" in Clinton's quote spoken Monday -> 2000-06-26; "every minute" SET PT1M; "decades" PXE.
CASES.append(("2000-06-27", """WASHINGTON (Reuters) - Scientists on Tuesday began poring over the first rough map of the human genome, a day after rival teams from the publicly funded Human Genome Project and Celera Genomics Corp. jointly announced they had deciphered nearly all of the 3 billion chemical letters in human DNA.

At a White House ceremony on Monday, President Clinton called the draft "the most important, most wondrous map ever produced by humankind." British Prime Minister Tony Blair joined the event by satellite from London.

"Today we are learning the language in which God created life," Clinton said.

Francis Collins, director of the National Human Genome Research Institute, said the public consortium had sequenced about 85 percent of the genome, most of it in the past 18 months. Its 16 centers now turn out about 12,000 letters of DNA every minute.

The government project began in 1990 with a goal of finishing by 2005, at a cost of $3 billion. Celera, a Rockville, Md., company headed by J. Craig Venter, entered the race in May 1998, saying it could do the job faster and more cheaply using a technique known as whole-genome shotgun sequencing.

The public project responded the following year by speeding up its own timetable, and the rivalry grew so bitter that government officials quietly brokered a truce in recent weeks, leading to Monday's joint announcement.

"The competition over the last two years made both of us better," Venter told reporters.

Shares of Celera's parent, PE Corp., fell $12 on Monday and lost another $5 in trading Tuesday morning as investors questioned how the company would profit from data the public project gives away free.

Both groups plan to publish their results in scientific journals in the fall. Collins said a finished, highly accurate version of the genome would be completed by 2003, two years ahead of schedule.

Scientists cautioned that the real work lies ahead. The genome holds an estimated 100,000 genes, and researchers expect to spend decades learning what they do and how they contribute to diseases such as cancer and diabetes.

"This is the end of the beginning," Collins said.""", [
  ("Tuesday","DATE","2000-06-27",N),
  ("a day","DURATION","P1D",N),
  ("Monday","DATE","2000-06-26",N),
  ("Today","DATE","2000-06-26",N),
  ("the past 18 months","DURATION","P18M",N),
  ("now","DATE","PRESENT_REF",N),
  ("every minute","SET","PT1M",N),
  ("1990","DATE","1990",N),
  ("2005","DATE","2005",N),
  ("May 1998","DATE","1998-05",N),
  ("the following year","DATE","1999",N),
  ("recent weeks","DURATION","PXW",N),
  ("Monday","DATE","2000-06-26",N),
  ("the last two years","DURATION","P2Y",N),
  ("Monday","DATE","2000-06-26",N),
  ("Tuesday morning","TIME","2000-06-27TMO",N),
  ("the fall","DATE","2000-FA",N),
  ("2003","DATE","2003",N),
  ("two years","DURATION","P2Y",N),
  ("decades","DURATION","PXE",N),
], "D"))

# 9. Diplomatic visit. DCT Tuesday 2000-10-24 (Albright arrived Monday 2000-10-23).
# D: "a second day" tagged as DATE = the DCT (cf. TimeBank "eighth day" DATE in AP900815-0044);
#    "January" after "before he leaves office" -> 2001-01.
CASES.append(("2000-10-24", """PYONGYANG, North Korea (AP) -- Secretary of State Madeleine Albright held a second day of talks with North Korean leader Kim Jong Il on Tuesday and said she had made "important progress" on curbing the reclusive communist country's missile program.

Albright, the highest-ranking U.S. official ever to visit North Korea, met Kim for about three hours Monday and for more than two hours Tuesday afternoon at a government guest house in the capital.

"We have had very serious and constructive talks over the past two days," she told reporters. "There is still a great deal of work to be done."

On Monday night, Kim escorted Albright to a mass gymnastics performance at May Day Stadium, where 100,000 people cheered as a card display showed the launch of a North Korean rocket. Kim turned to her and said it would be the country's "first and last" such launch, according to a U.S. official.

North Korea fired a three-stage rocket over Japan in August 1998, alarming Washington and Tokyo. The North agreed in September 1999 to suspend long-range missile tests while talks with the United States continued. Washington responded by easing some economic sanctions, a step that took effect in June.

Albright's trip comes less than two weeks after Kim's top military aide, Vice Marshal Jo Myong Rok, met President Clinton at the White House on Oct. 10. It also follows the historic June summit between Kim and South Korean President Kim Dae-jung in Pyongyang.

Kim, who took power when his father, Kim Il Sung, died in 1994, rarely meets foreign officials and had never received a senior American diplomat before this week. North and South Korea have remained technically at war since 1953, when the Korean War ended in a truce rather than a peace treaty.

Kim hosted a banquet for Albright late Tuesday. She flies to Seoul on Wednesday to brief South Korean and Japanese officials, and U.S. and North Korean missile experts will meet in Kuala Lumpur, Malaysia, next week.

U.S. officials said the talks could clear the way for a visit by Clinton to Pyongyang before he leaves office in January, though no decision has been made.""", [
  ("a second day","DATE","2000-10-24",N),
  ("Tuesday","DATE","2000-10-24",N),
  ("about three hours","DURATION","PT3H","APPROX"),
  ("Monday","DATE","2000-10-23",N),
  ("more than two hours","DURATION","PT2H","MORE_THAN"),
  ("Tuesday afternoon","TIME","2000-10-24TAF",N),
  ("the past two days","DURATION","P2D",N),
  ("Monday night","TIME","2000-10-23TNI",N),
  ("August 1998","DATE","1998-08",N),
  ("September 1999","DATE","1999-09",N),
  ("June","DATE","2000-06",N),
  ("less than two weeks","DURATION","P2W","LESS_THAN"),
  ("Oct. 10","DATE","2000-10-10",N),
  ("June","DATE","2000-06",N),
  ("1994","DATE","1994",N),
  ("this week","DATE","2000-W43",N),
  ("1953","DATE","1953",N),
  ("late Tuesday","DATE","2000-10-24","END"),
  ("Wednesday","DATE","2000-10-25",N),
  ("next week","DATE","2000-W44",N),
  ("January","DATE","2001-01",N),
], "D"))

# 10. Obituary. DCT Friday 1998-05-15 (Sinatra died Thursday 1998-05-14).
# D: album title "In the Wee Small Hours" deliberately left untagged; "the century" -> 19;
#    "N decades" written P{10N}Y following TimeBank NYT19980206 "two decades" P20Y
#    (TimeBank also has "about a decade" P1E; first draft used P6E/P2E - changed after review).
CASES.append(("1998-05-15", """LOS ANGELES (AP) -- Frank Sinatra, the skinny kid from Hoboken whose voice defined American popular song for six decades, died late Thursday of a heart attack. He was 82.

Sinatra died at 10:50 p.m. at Cedars-Sinai Medical Center with his wife, Barbara, at his side, publicist Susan Reynolds said early today. His children, Frank Jr., Nancy and Tina, arrived at the hospital shortly afterward.

"He was the greatest singer of the century, and there will never be another," Tony Bennett said.

Sinatra had been in frail health and had not appeared in public since January 1997, when he was hospitalized after a heart attack. His last concert was in February 1995, at a Palm Springs golf tournament.

Born Dec. 12, 1915, in Hoboken, N.J., the only child of Italian immigrants, Sinatra joined Harry James' band in 1939 and moved to Tommy Dorsey's orchestra the following year. By the early 1940s, he was the idol of the bobby-soxers, and on Oct. 12, 1944, some 30,000 fans rioted outside New York's Paramount Theater when they could not get in to see him.

His career slumped in the late 1940s, but he came back with an Academy Award for his role as Private Maggio in "From Here to Eternity" in 1954. Over the next two decades he recorded the albums that made his reputation, including "In the Wee Small Hours" and "Songs for Swingin' Lovers!"

He announced his retirement in 1971 but returned two years later with the album "Ol' Blue Eyes Is Back." He kept touring well into the 1990s, often with a teleprompter to help him with the lyrics.

Sinatra married four times. His first marriage, to Nancy Barbato, ended in divorce in 1951, the same year he wed actress Ava Gardner. He married Barbara Marx, a former showgirl, in July 1976.

President Clinton said Friday that Sinatra "managed to capture the emotions of all generations." Casinos on the Las Vegas Strip will dim their lights for one minute tonight in his honor, and the Empire State Building in New York will be bathed in blue light this weekend.

A private funeral Mass is planned for Wednesday in Beverly Hills, the family said.""", [
  ("six decades","DURATION","P60Y",N),
  ("late Thursday","DATE","1998-05-14","END"),
  ("10:50 p.m.","TIME","1998-05-14T22:50",N),
  ("early today","DATE","1998-05-15","START"),
  ("the century","DATE","19",N),
  ("January 1997","DATE","1997-01",N),
  ("February 1995","DATE","1995-02",N),
  ("Dec. 12, 1915","DATE","1915-12-12",N),
  ("1939","DATE","1939",N),
  ("the following year","DATE","1940",N),
  ("the early 1940s","DATE","194","START"),
  ("Oct. 12, 1944","DATE","1944-10-12",N),
  ("the late 1940s","DATE","194","END"),
  ("1954","DATE","1954",N),
  ("the next two decades","DURATION","P20Y",N),
  ("1971","DATE","1971",N),
  ("two years","DURATION","P2Y",N),
  ("the 1990s","DATE","199",N),
  ("1951","DATE","1951",N),
  ("the same year","DATE","1951",N),
  ("July 1976","DATE","1976-07",N),
  ("Friday","DATE","1998-05-15",N),
  ("one minute","DURATION","PT1M",N),
  ("tonight","TIME","1998-05-15TNI",N),
  ("this weekend","DATE","1998-W20-WE",N),
  ("Wednesday","DATE","1998-05-20",N),
], "D"))
