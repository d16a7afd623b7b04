# Hand-annotated full-length wire articles (Xinhua English XIE; AP / AFP world desks), 1998-2000.
# TIMEX3 gold per TimeML 1.2.1 / TempEval-3 as practised in TimeBank 1.2.
# Format: (DCT, text, [(extent, TYPE, value, mod)], flag)   flag "D" = some mention debatable.
N = None
CASES = []

# 1. XIE -- foreign trade statistics. DCT Tuesday 1998-06-09.
# Debatable: "the coming months" (TimeBank has both DATE FUTURE_REF and DURATION PXM for "coming X");
# "July last year" as one extent.
CASES.append(("1998-06-09", """BEIJING, June 9 (Xinhua) -- China's foreign trade reached 129.6 billion U.S. dollars in the first five months of this year, up 6.2 percent over the same period of last year, the General Administration of Customs announced here today.

Exports totaled 73.1 billion dollars, an increase of 10.8 percent, while imports dropped 0.9 percent to 56.5 billion dollars, leaving a surplus of 16.6 billion dollars, according to statistics released by the administration.

In May alone, exports grew by only 2.1 percent to 15.3 billion dollars, the slowest pace since the Asian financial crisis broke out in July last year, a customs official said.

Exports to Asian markets, which account for more than half of China's total, fell 7.5 percent in the first five months, while exports to the United States and the European Union rose 19.4 percent and 22.6 percent respectively.

"The pressure on exports will remain heavy in the coming months, because the currencies of our neighbors are still weak," said Zhang Wei, a researcher with the Ministry of Foreign Trade and Economic Cooperation. He noted that the Japanese yen fell to its lowest level against the dollar in eight years last week.

China has pledged not to devalue its currency, the renminbi, a promise reiterated by Premier Zhu Rongji in March and again during talks with visiting U.S. officials earlier this month.

To help exporters, the government raised tax rebates on textiles, coal and steel products on January 1 and has simplified customs procedures at major ports, the official said. Since 1991, China's foreign trade has grown at an average annual rate of 15 percent.

Last year, China's foreign trade totaled 325.1 billion dollars, with a record surplus of 40.3 billion dollars. The government has set a target of 10 percent export growth for 1998, a goal that many economists now consider difficult to meet.

Officials said trade was expected to pick up in the second half of the year, as large infrastructure projects begin to absorb more imported equipment. The administration will release the figures for June in the middle of next month.

China aims to raise its foreign trade volume to 400 billion dollars by the year 2000 and to rank among the world's top ten trading nations in the 21st century, according to the government's development plan.""", [
  ("June 9","DATE","1998-06-09",N),
  ("the first five months","DURATION","P5M",N),
  ("this year","DATE","1998",N),
  ("the same period of last year","DATE","1997",N),
  ("today","DATE","1998-06-09",N),
  ("May","DATE","1998-05",N),
  ("July last year","DATE","1997-07",N),
  ("the first five months","DURATION","P5M",N),
  ("the coming months","DURATION","PXM",N),
  ("eight years","DURATION","P8Y",N),
  ("last week","DATE","1998-W23",N),
  ("March","DATE","1998-03",N),
  ("earlier this month","DATE","1998-06","START"),
  ("January 1","DATE","1998-01-01",N),
  ("1991","DATE","1991",N),
  ("Last year","DATE","1997",N),
  ("1998","DATE","1998",N),
  ("now","DATE","PRESENT_REF",N),
  ("the second half of the year","DATE","1998-H2",N),
  ("June","DATE","1998-06",N),
  ("the middle of next month","DATE","1998-07","MID"),
  ("the year 2000","DATE","2000",N),
  ("the 21st century","DATE","20",N),
], "D"))

# 2. XIE -- official visit. DCT Thursday 1999-03-18.
# Debatable: "later this year" mod END (TimeBank: "Later yesterday", "later this afternoon" END; its one "later this year" is ON_OR_AFTER); "44 years ago" at year granularity.
CASES.append(("1999-03-18", """KATHMANDU, March 18 (Xinhua) -- Chinese Vice-Premier Wu Bangguo arrived here this afternoon for a four-day official goodwill visit to Nepal, the first by a Chinese vice-premier to the Himalayan kingdom since 1996.

Wu was greeted at Tribhuvan International Airport by Nepali Deputy Prime Minister Ram Chandra Poudel and senior officials of the Foreign Ministry. He is scheduled to hold talks with Prime Minister Girija Prasad Koirala on Friday and to be received by King Birendra on Saturday. Koirala will host a state banquet in honor of the Chinese guests tonight.

In a written statement issued upon arrival, Wu said China and Nepal have long enjoyed friendly relations, and that the relationship has developed steadily since the two countries established diplomatic ties 44 years ago.

"Our two peoples are linked by the same mountains and rivers. I am confident that my visit will further strengthen our good-neighborly partnership as we move toward the 21st century," he said.

During his stay, Wu will sign an agreement on economic and technical cooperation under which China will provide Nepal with a grant of 50 million yuan (about 6 million U.S. dollars) over the next three years, officials said.

Trade between the two countries reached 61.4 million dollars last year, down 12 percent from 1997, mainly because of the Asian financial crisis. In the first two months of this year, bilateral trade rose to 9.8 million dollars, up 5 percent over the same period of last year, according to Nepal's Trade Promotion Center.

China has built a number of projects in Nepal since the 1960s, including the Kathmandu-Kodari highway and the Sunkoshi hydropower station. A Chinese-aided ring road around the capital, completed three years ago, is being expanded, and work on a new section is expected to begin in May.

Nepali Foreign Secretary Narayan Shumsher Thapa told reporters on Wednesday that Nepal attached great importance to the visit, which comes as the kingdom prepares for general elections scheduled for May 3 and May 17.

Wu, who is in charge of industry and state enterprises, arrived from Islamabad, where he spent three days meeting Pakistani leaders. He last visited Kathmandu in October 1994 as Party Secretary of Shanghai.

He will leave for Dhaka on Monday to continue a South Asian tour that also includes Bangladesh and Sri Lanka. Officials said the Chinese side hoped to hold a meeting of the joint economic commission in Beijing later this year.""", [
  ("March 18","DATE","1999-03-18",N),
  ("this afternoon","TIME","1999-03-18TAF",N),
  ("four-day","DURATION","P4D",N),
  ("1996","DATE","1996",N),
  ("Friday","DATE","1999-03-19",N),
  ("Saturday","DATE","1999-03-20",N),
  ("tonight","TIME","1999-03-18TNI",N),
  ("44 years ago","DATE","1955",N),
  ("the 21st century","DATE","20",N),
  ("the next three years","DURATION","P3Y",N),
  ("last year","DATE","1998",N),
  ("1997","DATE","1997",N),
  ("the first two months","DURATION","P2M",N),
  ("this year","DATE","1999",N),
  ("the same period of last year","DATE","1998",N),
  ("the 1960s","DATE","196",N),
  ("three years ago","DATE","1996",N),
  ("May","DATE","1999-05",N),
  ("Wednesday","DATE","1999-03-17",N),
  ("May 3","DATE","1999-05-03",N),
  ("May 17","DATE","1999-05-17",N),
  ("three days","DURATION","P3D",N),
  ("October 1994","DATE","1994-10",N),
  ("Monday","DATE","1999-03-22",N),
  ("later this year","DATE","1999","END"),
], "D"))

# 3. XIE -- Yangtze floods. DCT Monday 1998-08-17.
# Debatable: "the winter" season value; "this year" inside "this year's"; "five days later" as DATE (project convention).
CASES.append(("1998-08-17", """WUHAN, August 17 (Xinhua) -- The sixth flood crest of the Yangtze River passed through Wuhan, capital of central China's Hubei Province, early this morning, with the water level at the city's Hankou hydrological station reaching 29.43 meters at 9 a.m., the second highest since records began in 1865.

More than 300,000 soldiers and civilians have been working around the clock on the dikes in Hubei over the past ten days, as the biggest flood crest this summer moved downstream from the Three Gorges area.

Officials said the water level would stay above the danger line for about two weeks. "The situation remains very grim. Nobody is allowed to relax," Hubei Governor Jiang Zhuping said at a flood-control meeting held late Sunday.

The Yangtze floods, the worst since 1954, have killed more than 1,300 people across the country since June, according to figures released by the State Flood Control and Drought Relief Headquarters on Saturday. About 13 million people have been evacuated from their homes.

In the northeast, the Nen and Songhua rivers have also burst their banks. The city of Harbin has been on alert for a week, and officials there expect the highest water level to arrive on Wednesday or Thursday.

President Jiang Zemin, who inspected the dikes in Hubei earlier this month, called on the army and the public to hold the dikes at all costs. On August 7, a section of the dike at Jiujiang in neighboring Jiangxi Province collapsed. Premier Zhu Rongji had inspected the same dike the previous week. Soldiers sealed the breach five days later by sinking ships loaded with stones.

Direct economic losses from this year's floods are estimated at more than 160 billion yuan, Minister of Water Resources Niu Maosheng said last month, and the figure is expected to rise.

Experts warned that more heavy rain was expected in the upper reaches of the Yangtze in the coming days, and that the flood season would not end until late September. The central government has announced it will spend 3 billion yuan this year on reinforcing major dikes, and has promised that homes destroyed by the floods will be rebuilt before the winter.

In 1954, a catastrophic flood on the Yangtze killed more than 30,000 people. China has since invested heavily in flood-control projects, including the Three Gorges Dam, which is scheduled for completion by the year 2009.""", [
  ("August 17","DATE","1998-08-17",N),
  ("early this morning","TIME","1998-08-17TMO","START"),
  ("9 a.m.","TIME","1998-08-17T09:00",N),
  ("1865","DATE","1865",N),
  ("the past ten days","DURATION","P10D",N),
  ("this summer","DATE","1998-SU",N),
  ("about two weeks","DURATION","P2W","APPROX"),
  ("late Sunday","DATE","1998-08-16","END"),
  ("1954","DATE","1954",N),
  ("June","DATE","1998-06",N),
  ("Saturday","DATE","1998-08-15",N),
  ("a week","DURATION","P1W",N),
  ("Wednesday","DATE","1998-08-19",N),
  ("Thursday","DATE","1998-08-20",N),
  ("earlier this month","DATE","1998-08","START"),
  ("August 7","DATE","1998-08-07",N),
  ("the previous week","DATE","1998-W31",N),
  ("five days later","DATE","1998-08-12",N),
  ("this year","DATE","1998",N),
  ("last month","DATE","1998-07",N),
  ("the coming days","DURATION","PXD",N),
  ("late September","DATE","1998-09","END"),
  ("this year","DATE","1998",N),
  ("the winter","DATE","1998-WI",N),
  ("1954","DATE","1954",N),
  ("the year 2009","DATE","2009",N),
], "D"))

# 4. XIE -- Shanghai economy. DCT Sunday 1999-11-28.
CASES.append(("1999-11-28", """SHANGHAI, November 28 (Xinhua) -- Shanghai's gross domestic product (GDP) grew 10.1 percent in the first ten months of this year to 327.5 billion yuan, keeping the city on course to meet its growth target for 1999, the municipal statistics bureau said here today.

Industrial output rose 9.2 percent, while the service sector, which the city government has made a priority since 1992, expanded 11.3 percent and now accounts for 48 percent of the local economy, up from 31 percent in 1990.

Foreign businesses signed contracts worth 4.1 billion U.S. dollars in the first ten months, down 6 percent from the same period of last year, reflecting the lingering effects of the Asian financial crisis that broke out two years ago. Actual use of foreign funds, however, rose 3 percent.

In a report issued on Friday, the bureau said retail sales in October jumped 12.4 percent, helped by the week-long holiday that began on October 1, when shoppers crowded the newly renovated Nanjing Road pedestrian street.

"We are fully confident of reaching the target of 10 percent growth," Vice-Mayor Jiang Yiren told a press conference. "Growth in the fourth quarter should be even stronger, as several large projects enter production in December."

The new Pudong International Airport, which opened in September after three years of construction, handled its first scheduled international flights last month. The Pudong New Area will mark the 10th anniversary of its development and opening next April. Over the past nine years, Pudong has attracted more than 5,800 foreign-funded projects.

The city plans to invest about 100 billion yuan in roads, bridges and other infrastructure next year. Officials said construction of the second subway line would be completed by the end of this year, and that the line would open to traffic in the spring of 2000.

Shanghai expects its per capita GDP to exceed 4,000 U.S. dollars by the year 2000, more than triple the 1990 level. Mayor Xu Kuangdi has said the city aims to become an international economic, financial and trade center by the year 2010 and to play a leading role in China's economy in the 21st century.""", [
  ("November 28","DATE","1999-11-28",N),
  ("the first ten months","DURATION","P10M",N),
  ("this year","DATE","1999",N),
  ("1999","DATE","1999",N),
  ("today","DATE","1999-11-28",N),
  ("1992","DATE","1992",N),
  ("now","DATE","PRESENT_REF",N),
  ("1990","DATE","1990",N),
  ("the first ten months","DURATION","P10M",N),
  ("the same period of last year","DATE","1998",N),
  ("two years ago","DATE","1997",N),
  ("Friday","DATE","1999-11-26",N),
  ("October","DATE","1999-10",N),
  ("week-long","DURATION","P1W",N),
  ("October 1","DATE","1999-10-01",N),
  ("the fourth quarter","DATE","1999-Q4",N),
  ("December","DATE","1999-12",N),
  ("September","DATE","1999-09",N),
  ("three years","DURATION","P3Y",N),
  ("last month","DATE","1999-10",N),
  ("next April","DATE","2000-04",N),
  ("the past nine years","DURATION","P9Y",N),
  ("next year","DATE","2000",N),
  ("the end of this year","DATE","1999","END"),
  ("the spring of 2000","DATE","2000-SP",N),
  ("the year 2000","DATE","2000",N),
  ("1990","DATE","1990",N),
  ("the year 2010","DATE","2010",N),
  ("the 21st century","DATE","20",N),
], ""))

# 5. AP -- Kosovo war. DCT Wednesday 1999-04-14.
# Debatable: "later this week" mod END (as TimeBank "later this afternoon"); "three weeks" in "three weeks after <event>" as DURATION; "by then" left untagged.
CASES.append(("1999-04-14", """BELGRADE, Yugoslavia (AP) -- NATO warplanes pounded targets across Yugoslavia late Tuesday and early today, striking fuel depots near Belgrade and Novi Sad, as Serbian officials accused the alliance of bombing a column of ethnic Albanian refugees in southern Kosovo.

Serb television said 64 people were killed when bombs hit tractors and carts on a road near Djakovica this afternoon. NATO officials in Brussels said they were investigating the report but could not confirm it.

"We have no information yet that any of our aircraft attacked a civilian convoy," NATO spokesman Jamie Shea told reporters. He said the alliance had flown more than 400 sorties in the past 24 hours, the highest number since the air campaign began on March 24.

The strikes came three weeks after NATO launched its campaign to force Yugoslav President Slobodan Milosevic to accept a peace plan for Kosovo, a southern Serbian province where 90 percent of the 2 million people are ethnic Albanians. Milosevic stripped the province of its autonomy in 1989.

Since the bombing began, more than 500,000 ethnic Albanians have fled or been driven from Kosovo, according to the U.N. refugee agency. On Tuesday alone, about 12,000 crossed into Albania at the Morina border post, aid workers said.

In Brussels, NATO foreign ministers meeting on Monday endorsed five conditions for ending the airstrikes, including the withdrawal of Serb forces and the return of the refugees. U.S. Secretary of State Madeleine Albright said the alliance would keep up the pressure "for as long as it takes."

Russia, a traditional ally of the Serbs, has condemned the campaign. Russian Foreign Minister Igor Ivanov met Albright in Oslo on Tuesday, and Russian envoy Viktor Chernomyrdin is expected in Belgrade later this week.

The conflict in Kosovo erupted in February 1998, when Serb police launched a crackdown on the separatist Kosovo Liberation Army. Peace talks in Rambouillet, France, collapsed last month after the Serbs refused to accept a NATO-led peacekeeping force.

At the time, Western diplomats said Milosevic was gambling that NATO's resolve would quickly crack. Instead, the alliance has steadily widened its list of targets, and U.S. officials said today that 300 more aircraft would be sent to the region in the coming weeks.

NATO leaders will gather in Washington on April 23 for a summit marking the alliance's 50th anniversary. Officials said they hoped the crisis would be resolved by then, but few expected the bombing to end before May.

In Belgrade, thousands of people again gathered for a rock concert on the city's main square, wearing paper targets on their chests in defiance of the raids. Air raid sirens sounded again at 8:15 p.m.""", [
  ("late Tuesday","DATE","1999-04-13","END"),
  ("early today","DATE","1999-04-14","START"),
  ("this afternoon","TIME","1999-04-14TAF",N),
  ("the past 24 hours","DURATION","PT24H",N),
  ("March 24","DATE","1999-03-24",N),
  ("three weeks","DURATION","P3W",N),
  ("1989","DATE","1989",N),
  ("Tuesday","DATE","1999-04-13",N),
  ("Monday","DATE","1999-04-12",N),
  ("Tuesday","DATE","1999-04-13",N),
  ("later this week","DATE","1999-W15","END"),
  ("February 1998","DATE","1998-02",N),
  ("last month","DATE","1999-03",N),
  ("the time","DATE","PAST_REF",N),
  ("today","DATE","1999-04-14",N),
  ("the coming weeks","DURATION","PXW",N),
  ("April 23","DATE","1999-04-23",N),
  ("May","DATE","1999-05",N),
  ("8:15 p.m.","TIME","1999-04-14T20:15",N),
], "D"))

# 6. AFP -- Indonesian unrest. DCT Friday 1998-05-15.
# Debatable: "a day" in "a day after <event>" as DURATION (vs. a DATE like "a day later").
CASES.append(("1998-05-15", """JAKARTA, May 15 (AFP) - Indonesian troops patrolled the smouldering streets of Jakarta on Friday after two days of rioting and looting left at least 200 people dead, as President Suharto cut short a visit to Egypt and flew home to face the gravest crisis of his 32-year rule.

Suharto's plane landed at Halim Perdanakusuma air base at about 4:30 a.m., and he went straight into a meeting with armed forces chief General Wiranto and senior ministers, officials said.

Shops, banks and offices remained shut, and foreign embassies urged their citizens to leave the country. Thousands of expatriates and ethnic Chinese crowded Soekarno-Hatta airport, where some had waited since Thursday morning for a seat on a flight out.

The violence erupted on Wednesday, a day after security forces shot dead four students during a protest at Jakarta's Trisakti University. Mobs set fire to hundreds of shops, cars and homes, many of them owned by ethnic Chinese, in several parts of the city. By late Thursday, the fires had spread to the suburbs of Tangerang and Bekasi.

"We have never seen anything like this. The whole neighbourhood is gone," said a Chinese-Indonesian shopkeeper in the Glodok district, who gave his name only as Hendra. "Now we are afraid to go out even in daylight."

Students have staged protests on campuses across the country since February, demanding political reform and the resignation of Suharto, 76, who was re-elected unopposed by the People's Consultative Assembly in March for a seventh five-year term.

The protests intensified after the government raised fuel prices by up to 70 percent on May 4 under a reform programme agreed with the International Monetary Fund in January. The rupiah has lost about 70 percent of its value against the dollar since July last year, when the Asian financial crisis began in Thailand.

Speaking to Indonesian residents in Cairo on Wednesday, Suharto said he would step down if the people no longer trusted him. "If I am no longer trusted, I will become a pandito and concentrate on religion," he was quoted as saying.

The IMF said on Thursday it had postponed the disbursement of a one-billion-dollar loan instalment that had been due next month, pending a review of the situation. Analysts said the crisis was likely to worsen in the coming weeks unless the government moved quickly to restore order.

Muslim leader Amien Rais called for a mass rally on May 20, the anniversary of Indonesia's national awakening movement in 1908, and said he expected one million people to join.

Parliament speaker Harmoko, a long-time Suharto ally, said the legislature's leaders would meet the president early next week to discuss the demands for reform.""", [
  ("May 15","DATE","1998-05-15",N),
  ("Friday","DATE","1998-05-15",N),
  ("two days","DURATION","P2D",N),
  ("32-year","DURATION","P32Y",N),
  ("about 4:30 a.m.","TIME","1998-05-15T04:30","APPROX"),
  ("Thursday morning","TIME","1998-05-14TMO",N),
  ("Wednesday","DATE","1998-05-13",N),
  ("a day","DURATION","P1D",N),
  ("late Thursday","DATE","1998-05-14","END"),
  ("Now","DATE","PRESENT_REF",N),
  ("February","DATE","1998-02",N),
  ("March","DATE","1998-03",N),
  ("five-year","DURATION","P5Y",N),
  ("May 4","DATE","1998-05-04",N),
  ("January","DATE","1998-01",N),
  ("July last year","DATE","1997-07",N),
  ("Wednesday","DATE","1998-05-13",N),
  ("Thursday","DATE","1998-05-14",N),
  ("next month","DATE","1998-06",N),
  ("the coming weeks","DURATION","PXW",N),
  ("May 20","DATE","1998-05-20",N),
  ("1908","DATE","1908",N),
  ("early next week","DATE","1998-W21","START"),
], "D"))

# 7. AP -- Pakistan's nuclear tests. DCT Thursday 1998-05-28.
# Debatable: "two weeks ago" at week granularity (TimeBank has one day-valued and one week-valued "N weeks ago").
CASES.append(("1998-05-28", """ISLAMABAD, Pakistan (AP) -- Pakistan conducted five underground nuclear tests today, matching India's blasts earlier this month and raising fears of a nuclear arms race in South Asia.

"Today, we have settled the score with India," Prime Minister Nawaz Sharif said in a nationally televised address this evening. "We had no option but to exercise the nuclear option."

The tests were carried out at 3:16 p.m. in the Chagai hills of Baluchistan province, near the border with Iran and Afghanistan, government officials said. Sharif declared a state of emergency shortly afterward, suspending some fundamental rights, and the government froze all foreign currency accounts.

India set off five nuclear devices on May 11 and May 13 at its Pokhran test range in the Rajasthan desert, its first tests since 1974. Pakistan had since come under intense pressure from the United States, Japan and other countries not to respond in kind.

President Clinton, who had telephoned Sharif four times in the past two weeks urging restraint, said he would impose economic sanctions on Pakistan as required by U.S. law. "I deplore the decision," Clinton told reporters at the White House. "Pakistan has lost a truly priceless opportunity."

Washington imposed similar sanctions on India two weeks ago, cutting off most aid and blocking loans from international lending institutions. Japan, Pakistan's largest aid donor, announced it was freezing about 1 billion dollars in new loans.

In the streets of Islamabad, Lahore and Karachi, thousands of people danced, handed out sweets and fired guns in the air. But prices of flour and cooking oil jumped in several cities tonight as people rushed to stock up.

Pakistan's Foreign Minister Gohar Ayub Khan said on Tuesday that India might attack Pakistan's nuclear facilities, and the government summoned the Indian envoy late that night to protest.

Pakistan has said for years that it had the capability to build nuclear weapons. Its program began in the 1970s, after India's first nuclear test in May 1974.

Sharif told lawmakers that Pakistan was willing to sign the Comprehensive Test Ban Treaty if India did the same, and he called for talks with New Delhi next month. Indian Prime Minister Atal Bihari Vajpayee, whose Hindu nationalist party came to power in March, said India was studying the situation.

The U.N. Security Council was expected to meet on Friday to discuss the tests, and the Group of Eight industrialized nations planned an emergency meeting of foreign ministers in London by the middle of June.""", [
  ("today","DATE","1998-05-28",N),
  ("earlier this month","DATE","1998-05","START"),
  ("Today","DATE","1998-05-28",N),
  ("this evening","TIME","1998-05-28TEV",N),
  ("3:16 p.m.","TIME","1998-05-28T15:16",N),
  ("May 11","DATE","1998-05-11",N),
  ("May 13","DATE","1998-05-13",N),
  ("1974","DATE","1974",N),
  ("the past two weeks","DURATION","P2W",N),
  ("two weeks ago","DATE","1998-W20",N),
  ("tonight","TIME","1998-05-28TNI",N),
  ("Tuesday","DATE","1998-05-26",N),
  ("late that night","TIME","1998-05-26TNI","END"),
  ("years","DURATION","PXY",N),
  ("the 1970s","DATE","197",N),
  ("May 1974","DATE","1974-05",N),
  ("next month","DATE","1998-06",N),
  ("March","DATE","1998-03",N),
  ("Friday","DATE","1998-05-29",N),
  ("the middle of June","DATE","1998-06","MID"),
], "D"))

# 8. AFP -- Russian financial crisis. DCT Saturday 1998-08-29.
# Debatable: "a week earlier" / "Six days later" as DATEs (project convention); "45-year-old" untagged (TimeBank leaves ages untagged).
CASES.append(("1998-08-29", """MOSCOW, Aug 29 (AFP) - Acting Prime Minister Viktor Chernomyrdin promised on Saturday to pay wages and pensions "in full and on time", as Russians rushed to empty shops of food and hard currency amid the country's worst financial crisis since the collapse of the Soviet Union in 1991.

The ruble, which traded at about 6.3 to the dollar before the crisis, closed at 10.9 on Friday at the Moscow Interbank Currency Exchange, down from 7.86 a week earlier. Trading was suspended twice this week after the Central Bank failed to hold the currency within its official band.

"The government will not allow a return to the chaos of the early 1990s," Chernomyrdin told the NTV television channel. "In the next few days we will present a programme to stabilise the ruble and protect people's savings."

The crisis erupted on August 17, when the government of Sergei Kiriyenko effectively devalued the ruble and declared a 90-day moratorium on repayment of foreign commercial debt. Six days later, President Boris Yeltsin sacked Kiriyenko and his entire cabinet and reappointed Chernomyrdin, whom he had dismissed in March.

The State Duma, the lower house of parliament dominated by communists and their allies, is due to vote on Chernomyrdin's nomination on Monday. Communist leader Gennady Zyuganov said Friday his faction would reject the nominee unless Yeltsin agreed to share power with parliament.

Queues formed outside banks across Moscow as depositors tried to withdraw their savings. Many banks, including SBS-Agro, the country's largest private retail bank, have limited withdrawals to 1,000 rubles per customer since Wednesday.

The International Monetary Fund, which approved a 22.6-billion-dollar rescue package in July, said it would send a mission to Moscow in the coming days. But Western officials have made clear that no new money will be disbursed until a government with a credible reform programme is in place.

Prices of imported goods have doubled in some Moscow shops over the past two weeks, and economists warned that inflation, which fell to 11 percent last year, could top 100 percent by the end of the year.

"Three years ago I lost my savings when my bank collapsed. Now I am losing my salary," said Tatyana, a 45-year-old schoolteacher waiting outside a branch of Inkombank. "At the time they told us it would never happen again."

Yeltsin, who has stayed out of sight at his country residence since the cabinet was dismissed, is expected to meet US President Bill Clinton at a summit in Moscow on Tuesday and Wednesday.""", [
  ("Aug 29","DATE","1998-08-29",N),
  ("Saturday","DATE","1998-08-29",N),
  ("1991","DATE","1991",N),
  ("Friday","DATE","1998-08-28",N),
  ("a week earlier","DATE","1998-08-21",N),
  ("this week","DATE","1998-W35",N),
  ("the early 1990s","DATE","199","START"),
  ("the next few days","DURATION","PXD",N),
  ("August 17","DATE","1998-08-17",N),
  ("90-day","DURATION","P90D",N),
  ("Six days later","DATE","1998-08-23",N),
  ("March","DATE","1998-03",N),
  ("Monday","DATE","1998-08-31",N),
  ("Friday","DATE","1998-08-28",N),
  ("Wednesday","DATE","1998-08-26",N),
  ("July","DATE","1998-07",N),
  ("the coming days","DURATION","PXD",N),
  ("the past two weeks","DURATION","P2W",N),
  ("last year","DATE","1997",N),
  ("the end of the year","DATE","1998","END"),
  ("Three years ago","DATE","1995",N),
  ("Now","DATE","PRESENT_REF",N),
  ("the time","DATE","PAST_REF",N),
  ("Tuesday","DATE","1998-09-01",N),
  ("Wednesday","DATE","1998-09-02",N),
], "D"))

# 9. AP -- Sierra Leone peace accord. DCT Wednesday 1999-07-07.
# Debatable: "the past" PAST_REF; "two weeks later" day-valued DATE from January 6; "later this year" mod END.
CASES.append(("1999-07-07", """LOME, Togo (AP) -- Sierra Leone's government and rebel leaders signed a peace agreement today aimed at ending eight years of civil war, a conflict in which tens of thousands of people have been killed and thousands more mutilated.

President Ahmad Tejan Kabbah and Revolutionary United Front leader Foday Sankoh signed the accord at a ceremony in the Togolese capital after six weeks of negotiations, shaking hands as West African heads of state looked on.

"This is the beginning of a new era for Sierra Leone," Kabbah said. "We must now put the past behind us."

Under the agreement, the rebels will receive four Cabinet posts and an amnesty for crimes committed since the war began in March 1991. Sankoh, who was sentenced to death for treason last October, will be given a post equivalent to vice president and put in charge of the country's diamond mines.

The accord calls for a cease-fire, which has largely held since it took effect on May 24, to become permanent, and for the rebels to disarm within six weeks of the arrival of U.N. observers. A new national election is to be held in 2001.

The war began when the RUF, backed by Liberian President Charles Taylor, launched an insurgency from across the Liberian border. In May 1997, rebels joined mutinous soldiers to overthrow Kabbah, who had been elected the previous year. A Nigerian-led West African force restored him to power in March 1998.

On January 6, rebels overran much of the capital, Freetown, in an offensive that killed an estimated 5,000 people before they were driven out by the West African troops two weeks later. Many survivors had their hands or arms hacked off.

Human rights groups criticized the amnesty. "There can be no lasting peace without justice," said a statement from Human Rights Watch, issued in New York on Tuesday.

The United Nations, which has 40 military observers in the country, is expected to send a larger peacekeeping mission later this year. U.N. Secretary-General Kofi Annan welcomed the agreement but said the world body would attach a reservation to the amnesty provision.

Sankoh is expected to return to Freetown in the coming weeks. Officials said the rebel leader, who spent more than two years in detention in Nigeria and Sierra Leone, would first travel to Liberia next week for talks with Taylor.

Aid agencies said they hoped to reach hundreds of thousands of people in rebel-held areas who have been cut off from food supplies since December. The World Food Program said it planned to begin deliveries by the end of July.""", [
  ("today","DATE","1999-07-07",N),
  ("eight years","DURATION","P8Y",N),
  ("six weeks","DURATION","P6W",N),
  ("now","DATE","PRESENT_REF",N),
  ("the past","DATE","PAST_REF",N),
  ("March 1991","DATE","1991-03",N),
  ("last October","DATE","1998-10",N),
  ("May 24","DATE","1999-05-24",N),
  ("six weeks","DURATION","P6W",N),
  ("2001","DATE","2001",N),
  ("May 1997","DATE","1997-05",N),
  ("the previous year","DATE","1996",N),
  ("March 1998","DATE","1998-03",N),
  ("January 6","DATE","1999-01-06",N),
  ("two weeks later","DATE","1999-01-20",N),
  ("Tuesday","DATE","1999-07-06",N),
  ("later this year","DATE","1999","END"),
  ("the coming weeks","DURATION","PXW",N),
  ("more than two years","DURATION","P2Y","MORE_THAN"),
  ("next week","DATE","1999-W28",N),
  ("December","DATE","1998-12",N),
  ("the end of July","DATE","1999-07","END"),
], "D"))

# 10. AP -- Mexican presidential election. DCT Monday 2000-07-03.
# Debatable: "a year" in "1.3 million jobs a year" as SET P1Y (TimeBank tags one such rate "a year" as SET but leaves three untagged); "one-day" adjective as DURATION.
CASES.append(("2000-07-03", """MEXICO CITY (AP) -- Opposition candidate Vicente Fox celebrated his victory in Mexico's presidential election on Monday, promising a "government for all Mexicans" after ending 71 years of rule by the Institutional Revolutionary Party.

With results in from 92 percent of polling stations, Fox, a former Coca-Cola executive running for the conservative National Action Party, had 42.7 percent of the vote, the Federal Electoral Institute said early Monday. Francisco Labastida of the PRI had 35.8 percent, and Cuauhtemoc Cardenas of the leftist Democratic Revolutionary Party had 16.5 percent.

President Ernesto Zedillo went on national television at 11 p.m. Sunday to acknowledge Fox's victory, a move that surprised many Mexicans and drew praise from abroad.

"We have opened a new chapter in our history," Fox told tens of thousands of cheering supporters at the Angel of Independence monument in central Mexico City. "Mexico has voted for change, and the change starts now."

The PRI has governed Mexico since 1929, when it was founded as the National Revolutionary Party, and had never lost a presidential race. Its image was battered in the 1990s by the assassination of its candidate Luis Donaldo Colosio in March 1994 and a devastating peso crisis in December 1994. Its grip began to slip in 1997, when it lost control of the lower house of Congress for the first time and Cardenas was elected mayor of the capital.

Fox, who announced his candidacy three years ago, spent much of the past year touring the country in jeans and cowboy boots, promising to fight corruption and to create 1.3 million jobs a year.

Fox, 58, will take office on Dec. 1 for a six-year term. He said he would name a transition team in the coming days and that his Cabinet would include members of other parties.

U.S. President Bill Clinton telephoned Fox on Sunday night to congratulate him, White House spokesman Joe Lockhart said. Clinton also praised Zedillo for his leadership over the past six years.

Mexico's financial markets soared on the news. The peso gained 3 percent against the dollar, and the main stock index closed up 6.1 percent, its biggest one-day gain since 1998.

Analysts cautioned that Fox would face a difficult relationship with Congress, where no party won a majority. Official results for the congressional races were expected by the end of the week, and the new Congress will convene on Sept. 1.

"The hard part begins now," said political analyst Federico Reyes Heroles. "Fox has five months to prepare a government and a budget for next year.\"""", [
  ("Monday","DATE","2000-07-03",N),
  ("71 years","DURATION","P71Y",N),
  ("early Monday","DATE","2000-07-03","START"),
  ("11 p.m. Sunday","TIME","2000-07-02T23:00",N),
  ("now","DATE","PRESENT_REF",N),
  ("1929","DATE","1929",N),
  ("the 1990s","DATE","199",N),
  ("March 1994","DATE","1994-03",N),
  ("December 1994","DATE","1994-12",N),
  ("1997","DATE","1997",N),
  ("three years ago","DATE","1997",N),
  ("the past year","DATE","1999",N),
  ("a year","SET","P1Y",N),
  ("Dec. 1","DATE","2000-12-01",N),
  ("six-year","DURATION","P6Y",N),
  ("the coming days","DURATION","PXD",N),
  ("Sunday night","TIME","2000-07-02TNI",N),
  ("the past six years","DURATION","P6Y",N),
  ("one-day","DURATION","P1D",N),
  ("1998","DATE","1998",N),
  ("the end of the week","DATE","2000-W27","END"),
  ("Sept. 1","DATE","2000-09-01",N),
  ("now","DATE","PRESENT_REF",N),
  ("five months","DURATION","P5M",N),
  ("next year","DATE","2001",N),
], "D"))
