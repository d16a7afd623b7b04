# Hand-annotated full-length business/economics wire articles (AP, NYT, Xinhua), 1998-2000.
# TIMEX3 gold per TimeML 1.2.1 / TempEval-3 as practised in TimeBank 1.2.
# Format: (DCT, text, [(extent, TYPE, value, mod)], flag)   flag "D" = some mention debatable.
N = None
CASES = []

# 1. NYT -- quarterly earnings. DCT Tuesday 1998-10-20 ("yesterday" = Monday 1998-10-19).
CASES.append(("1998-10-20", """Halvorsen Systems Corporation, the computer-storage maker, said yesterday that its earnings in the third quarter rose 18 percent, beating Wall Street's expectations, as strong demand from banks and telephone companies offset weakness in Asia.

The company, based in Framingham, Mass., earned $142.6 million, or 58 cents a share, in the quarter, which ended Sept. 30, up from $120.8 million, or 49 cents a share, in the year-earlier period. Revenue climbed 14 percent, to $1.21 billion from $1.06 billion a year ago.

Analysts surveyed by First Call had expected earnings of 54 cents a share.

For the first nine months of the year, Halvorsen earned $398.1 million, or $1.62 a share, compared with $331.4 million, or $1.35 a share, in the 1997 period.

The results were released after the close of trading yesterday. In trading on the New York Stock Exchange before the announcement, Halvorsen's shares rose $1.25, to $38.50. In after-hours trading, they climbed another $2.

"This was the best quarter in our history, and we did it in the toughest environment we have seen since the early 1990s," said Richard J. Amato, the chairman and chief executive, in a conference call with analysts. "We think the momentum will carry into the fourth quarter and into next year."

Sales in Asia fell 31 percent from a year earlier, reflecting the region's economic slump, which began in Thailand in July 1997 and has since spread to South Korea, Indonesia and Japan. Mr. Amato said he did not expect Asian demand to recover before the second half of 1999.

The company also said it would buy back up to 10 million shares over the next two years, and it raised its quarterly dividend to 6 cents a share from 5 cents.

Halvorsen's shares have fallen about 20 percent since July, when its chief rival, Strand Data, warned that second-quarter profits would fall short of forecasts. Strand is scheduled to report its third-quarter results on Thursday.

"The market punished the whole sector over the summer, and Halvorsen didn't deserve it," said Laura Mendes, an analyst at Hambrecht & Quist in San Francisco. "These numbers show the business is growing about 15 percent a year, and they haven't lost any share."

Mr. Amato said the company planned to introduce a new line of high-end storage systems early next year and would add about 1,500 workers by the end of 1999, bringing its work force to about 12,000. The company has cut prices on its older systems twice in the past six months.

For all of 1997, Halvorsen reported earnings of $461 million on revenue of $4.3 billion.""", [
  ("yesterday","DATE","1998-10-19",N),
  ("the third quarter","DATE","1998-Q3",N),
  ("the quarter","DATE","1998-Q3",N),
  ("Sept. 30","DATE","1998-09-30",N),
  ("the year-earlier period","DATE","1997-Q3",N),
  ("a year ago","DATE","1997-Q3",N),
  ("the first nine months","DURATION","P9M",N),
  ("the year","DATE","1998",N),
  ("the 1997 period","DATE","1997",N),
  ("yesterday","DATE","1998-10-19",N),
  ("the early 1990s","DATE","199","START"),
  ("the fourth quarter","DATE","1998-Q4",N),
  ("next year","DATE","1999",N),
  ("a year earlier","DATE","1997-Q3",N),
  ("July 1997","DATE","1997-07",N),
  ("the second half of 1999","DATE","1999-H2",N),
  ("the next two years","DURATION","P2Y",N),
  ("July","DATE","1998-07",N),
  ("second-quarter","DATE","1998-Q2",N),
  ("third-quarter","DATE","1998-Q3",N),
  ("Thursday","DATE","1998-10-22",N),
  ("the summer","DATE","1998-SU",N),
  ("early next year","DATE","1999","START"),
  ("the end of 1999","DATE","1999","END"),
  ("the past six months","DURATION","P6M",N),
  ("1997","DATE","1997",N),
], "D"))

# 2. AP -- central-bank rate decision. DCT Tuesday 1999-11-16.
# Debatable: "the April-June period" (quarter expressed as month range); "an hour" after "within".
CASES.append(("1999-11-16", """WASHINGTON (AP) -- The Federal Reserve raised interest rates for the third time this year on Tuesday, nudging borrowing costs up a quarter-point in an effort to keep the nation's record-long economic expansion from igniting inflation.

The central bank's policy-making Federal Open Market Committee voted to raise the federal funds rate, the interest that banks charge each other on loans of reserves, to 5.5 percent from 5.25 percent. It also approved an increase in the discount rate, the rate the Fed charges on direct loans to banks, to 5 percent from 4.75 percent.

The decision, announced at 2:15 p.m. after a closed-door meeting that lasted about four hours, returns the funds rate to where it stood in the summer of 1998, before the Fed cut rates three times to calm financial markets shaken by Russia's debt default.

"The committee believes the latest action, with those of June and August, should markedly diminish the risk of rising inflation going forward," the Fed said in a brief statement. It said it was adopting a neutral stance, suggesting no further increase was likely at its next meeting, Dec. 21.

Commercial banks moved quickly to follow the Fed's lead. Bank of America, Wells Fargo and First Union announced within an hour that they were raising their prime lending rate to 8.5 percent from 8.25 percent, effective Wednesday.

The economy grew at a 4.8 percent annual rate in the third quarter, up from 1.9 percent in the April-June period, and the unemployment rate fell to 4.1 percent last month, the lowest since January 1970. Yet inflation has remained tame: consumer prices rose just 2.6 percent over the past 12 months.

Fed Chairman Alan Greenspan has warned repeatedly in recent months that a labor market this tight cannot last indefinitely without pushing up wages. "At some point, the pool of available workers will run dry," he told a business group in Boston last week.

Wall Street took the move in stride. The Dow Jones industrial average, which had been down about 40 points before the announcement, closed at 10,932.33, up 171.58. Bond prices rose, pushing the yield on the 30-year Treasury bond down to 6.18 percent from 6.23 percent late Monday.

"The Fed has done what it needed to do, and now it can sit back through the end of the year and watch the data," said Diane Swonk, chief economist at Bank One Corp. in Chicago. "I don't think we'll see another move until February."

Economists said they expected the economy to slow to a growth rate of about 3 percent next year, as higher rates cool home buying and consumer borrowing. Mortgage rates have climbed nearly a full percentage point since the spring, to 7.8 percent for a 30-year fixed loan.

The Fed began raising rates on June 30, reversing the three cuts made in the fall of 1998. Before that, it had left rates unchanged for more than a year.""", [
  ("this year","DATE","1999",N),
  ("Tuesday","DATE","1999-11-16",N),
  ("2:15 p.m.","TIME","1999-11-16T14:15",N),
  ("about four hours","DURATION","PT4H","APPROX"),
  ("the summer of 1998","DATE","1998-SU",N),
  ("June","DATE","1999-06",N),
  ("August","DATE","1999-08",N),
  ("Dec. 21","DATE","1999-12-21",N),
  ("an hour","DURATION","PT1H",N),
  ("Wednesday","DATE","1999-11-17",N),
  ("the third quarter","DATE","1999-Q3",N),
  ("the April-June period","DATE","1999-Q2",N),
  ("last month","DATE","1999-10",N),
  ("January 1970","DATE","1970-01",N),
  ("the past 12 months","DURATION","P12M",N),
  ("recent months","DURATION","PXM",N),
  ("last week","DATE","1999-W45",N),
  ("30-year","DURATION","P30Y",N),
  ("late Monday","DATE","1999-11-15","END"),
  ("now","DATE","PRESENT_REF",N),
  ("the end of the year","DATE","1999","END"),
  ("February","DATE","2000-02",N),
  ("next year","DATE","2000",N),
  ("the spring","DATE","1999-SP",N),
  ("30-year","DURATION","P30Y",N),
  ("June 30","DATE","1999-06-30",N),
  ("the fall of 1998","DATE","1998-FA",N),
  ("more than a year","DURATION","P1Y","MORE_THAN"),
], "D"))

# 3. AP -- monthly jobs report. DCT Friday 2000-02-04.
# Debatable: "a month ago" (month vs. day granularity); "the previous two months" DURATION.
CASES.append(("2000-02-04", """WASHINGTON (AP) -- The nation's unemployment rate fell to 4 percent in January, the lowest level in three decades, as employers added a surprisingly strong 387,000 jobs, the government reported Friday.

The Labor Department said the jobless rate dropped from 4.1 percent in December, a level at which it had held for three straight months. The last time unemployment was this low was January 1970, when it also stood at 4 percent.

Economists had expected the economy to add about 250,000 jobs last month and the jobless rate to remain at 4.1 percent.

Average hourly earnings rose 3 cents, or 0.2 percent, to $13.50 in January, and were up 3.6 percent from a year earlier. Wage growth has been remarkably restrained given how hard it has become for employers to find workers.

The report came just two days after the Federal Reserve raised interest rates for the fourth time since June, lifting its key federal funds rate to 5.75 percent. Analysts said Friday's numbers made another increase at the Fed's next meeting, on March 21, all but certain.

"This is an economy that simply refuses to slow down," said Sung Won Sohn, chief economist at Wells Fargo in Minneapolis. "The Fed is going to keep tightening until it sees some signs of cooling, and that may not happen before the summer."

Factories added 13,000 jobs in January, the first increase in manufacturing employment since March 1998. Construction employment jumped 98,000, helped by unusually mild weather in much of the country during the first three weeks of the month. Retailers added 92,000 workers, and service industries 185,000.

The department also revised its figures for the previous two months. It now says 292,000 jobs were created in December, rather than the 315,000 it reported a month ago, and 268,000 in November.

Over the past 12 months, the economy has created 2.9 million jobs. The unemployment rate has been at or below 4.5 percent since April 1998.

Labor Secretary Alexis Herman called the report "a remarkable way to start the year" and noted that the expansion, which began in March 1991, will become the longest in the nation's history this month.

Inflation, the main concern of the Fed, has so far stayed in check. A separate report due out Feb. 17 is expected to show that consumer prices rose 0.2 percent in January, after climbing 2.7 percent for all of 1999.

On Wall Street, bond prices fell sharply after the report, pushing the yield on the 30-year Treasury bond to 6.35 percent, its highest level since August 1997. The Dow Jones industrial average fell 71 points shortly after the opening bell.

"If anything, this makes a half-point increase in March a real possibility," said Mark Zandi, chief economist at Regional Financial Associates in West Chester, Pa.""", [
  ("January","DATE","2000-01",N),
  ("three decades","DURATION","P30Y",N),
  ("Friday","DATE","2000-02-04",N),
  ("December","DATE","1999-12",N),
  ("three straight months","DURATION","P3M",N),
  ("January 1970","DATE","1970-01",N),
  ("last month","DATE","2000-01",N),
  ("January","DATE","2000-01",N),
  ("a year earlier","DATE","1999-01",N),
  ("two days","DURATION","P2D",N),
  ("June","DATE","1999-06",N),
  ("Friday","DATE","2000-02-04",N),
  ("March 21","DATE","2000-03-21",N),
  ("the summer","DATE","2000-SU",N),
  ("January","DATE","2000-01",N),
  ("March 1998","DATE","1998-03",N),
  ("the first three weeks","DURATION","P3W",N),
  ("the month","DATE","2000-01",N),
  ("the previous two months","DURATION","P2M",N),
  ("now","DATE","PRESENT_REF",N),
  ("December","DATE","1999-12",N),
  ("a month ago","DATE","2000-01",N),
  ("November","DATE","1999-11",N),
  ("the past 12 months","DURATION","P12M",N),
  ("April 1998","DATE","1998-04",N),
  ("the year","DATE","2000",N),
  ("March 1991","DATE","1991-03",N),
  ("this month","DATE","2000-02",N),
  ("Feb. 17","DATE","2000-02-17",N),
  ("January","DATE","2000-01",N),
  ("1999","DATE","1999",N),
  ("30-year","DURATION","P30Y",N),
  ("August 1997","DATE","1997-08",N),
  ("March","DATE","2000-03",N),
], "D"))

# 4. NYT -- IPO. DCT Friday 1999-12-10 ("yesterday" = Thursday 1999-12-09; "Wednesday" = 1999-12-08).
# Debatable: "the second half of next year" as a single extent; "the fiscal year that ended" DURATION.
CASES.append(("1999-12-10", """Shares of Tuxedo Systems Inc., a maker of computers that run the free Linux operating system, soared nearly 700 percent yesterday in their debut on the Nasdaq stock market, the biggest gain ever recorded by a newly public company.

Tuxedo, based in Sunnyvale, Calif., sold 4.4 million shares at $30 each late Wednesday, raising $132 million. The stock opened yesterday at $299 and closed at $239.25, giving the company, which has never turned a profit, a market value of about $9.5 billion.

The previous record was set in November 1998 by TheGlobe.com, whose shares rose 606 percent when they began trading.

Investors' appetite for Internet and Linux stocks has been insatiable in recent weeks. More than 500 companies have gone public this year, raising a record $69 billion, according to Renaissance Capital, a research firm in Greenwich, Conn., surpassing the previous high of $50 billion set in 1996.

Tuxedo initially planned to sell its shares at $11 to $13 each, but raised the range twice last week as orders from institutional investors poured in. "We didn't expect anything like this," Daniel Kroft, the company's chief executive, said in an interview last night. "In early November, we were worried the offering might be priced below $10."

Tuxedo's revenue for the fiscal year that ended Oct. 29 was $17.7 million, and it lost $14.5 million. For the three months ending Jan. 28, analysts expect it to report a loss of about 12 cents a share.

"It's not about this year's earnings; it's about where this company will be in 2003," said Thomas Gerrity, a fund manager at Pilgrim Baxter in Wayne, Pa., who said he had bought shares at the offering price but sold half of them yesterday afternoon. "Still, at these prices you are paying for a lot of future."

Some analysts warned that the frenzy recalled the speculative bubbles of the late 1960s and the 1980s. "This is the purest expression of the 1990s bull market," said Jay Ritter, a finance professor at the University of Florida who studies new issues. "Eventually, reality reasserts itself."

Under the terms of the offering, Tuxedo's executives and early investors are barred from selling their shares for 180 days.

Tuxedo was founded in 1993 by two Stanford graduate students who began by assembling computers in a dormitory room. It now employs about 250 people and sells systems to Internet service providers and research laboratories.

The company plans to use the proceeds to expand its sales force and to build a factory, which it expects to open in the second half of next year.

Tuxedo's shares were the most actively traded on the Nasdaq yesterday, with more than 12 million changing hands. The Nasdaq composite index rose 1.8 percent, to a record 3,620.24.""", [
  ("yesterday","DATE","1999-12-09",N),
  ("late Wednesday","DATE","1999-12-08","END"),
  ("yesterday","DATE","1999-12-09",N),
  ("November 1998","DATE","1998-11",N),
  ("recent weeks","DURATION","PXW",N),
  ("this year","DATE","1999",N),
  ("1996","DATE","1996",N),
  ("last week","DATE","1999-W48",N),
  ("last night","TIME","1999-12-09TNI",N),
  ("early November","DATE","1999-11","START"),
  ("the fiscal year","DURATION","P1Y",N),
  ("Oct. 29","DATE","1999-10-29",N),
  ("the three months","DURATION","P3M",N),
  ("Jan. 28","DATE","2000-01-28",N),
  ("this year","DATE","1999",N),
  ("2003","DATE","2003",N),
  ("yesterday afternoon","TIME","1999-12-09TAF",N),
  ("the late 1960s","DATE","196","END"),
  ("the 1980s","DATE","198",N),
  ("the 1990s","DATE","199",N),
  ("180 days","DURATION","P180D",N),
  ("1993","DATE","1993",N),
  ("now","DATE","PRESENT_REF",N),
  ("the second half of next year","DATE","2000-H2",N),
  ("yesterday","DATE","1999-12-09",N),
], "D"))

# 5. AP -- oil-price swing. DCT Wednesday 2000-09-20.
# Debatable: "March of that year" as one extent; "a year ago" granularity (day vs. month); "the coming months".
CASES.append(("2000-09-20", """NEW YORK (AP) -- Crude oil prices surged past $37 a barrel on Wednesday, their highest level since the Persian Gulf war, as traders fretted over shrinking heating oil supplies and renewed tension between Iraq and Kuwait.

Light sweet crude for October delivery rose $1.28 to settle at $37.20 a barrel on the New York Mercantile Exchange, after trading as high as $37.80 in the morning. It was the highest closing price since Oct. 12, 1990, when Iraq's invasion of Kuwait two months earlier had sent prices soaring.

Prices have nearly tripled since February 1999, when crude sold for less than $11 a barrel amid a glut caused by the Asian economic crisis. OPEC and several other producers agreed in March of that year to cut output, and the cartel has raised production three times this year in an effort to bring prices down.

"The market is telling OPEC that what it has done so far is not enough," said John Saucer, an analyst at Smith Barney in Houston. "Until we see inventories building, prices are going to stay high through the winter."

The Energy Department reported Wednesday that U.S. crude inventories fell by 3.2 million barrels last week, to 286 million barrels, the lowest level since 1976. Heating oil stocks in the Northeast are about 40 percent below their level of a year ago.

Adding to the jitters, Iraq accused Kuwait on Tuesday of stealing oil from its side of the border, language that echoed Baghdad's complaints in the weeks before the 1990 invasion.

President Clinton said Wednesday that he was considering releasing some of the 570 million barrels held in the Strategic Petroleum Reserve. "We're looking at all our options," Clinton told reporters at the White House. Administration officials said a decision could come as early as Friday.

OPEC leaders are to gather in Caracas, Venezuela, next week for a summit of heads of state, the cartel's first in 25 years. Saudi Arabia's oil minister, Ali Naimi, said on Monday that the kingdom was prepared to pump more if prices stayed above $28 for 20 trading days.

The price of regular unleaded gasoline averaged $1.57 a gallon nationwide last week, according to the Energy Department, up 30 cents from September 1999.

The surge weighed on stocks, particularly airlines and chemical makers. The Dow Jones industrial average fell 136 points, and shares of AMR Corp., the parent of American Airlines, dropped 5 percent.

Analysts said prices could ease in the coming months if OPEC follows through on its latest production increase of 800,000 barrels a day, which takes effect Oct. 1. But few expect crude to fall below $30 before the end of the year.""", [
  ("Wednesday","DATE","2000-09-20",N),
  ("October","DATE","2000-10",N),
  ("the morning","TIME","2000-09-20TMO",N),
  ("Oct. 12, 1990","DATE","1990-10-12",N),
  ("two months earlier","DATE","1990-08",N),
  ("February 1999","DATE","1999-02",N),
  ("March of that year","DATE","1999-03",N),
  ("this year","DATE","2000",N),
  ("the winter","DATE","2000-WI",N),
  ("Wednesday","DATE","2000-09-20",N),
  ("last week","DATE","2000-W37",N),
  ("1976","DATE","1976",N),
  ("a year ago","DATE","1999-09-20",N),
  ("Tuesday","DATE","2000-09-19",N),
  ("the weeks","DURATION","PXW",N),
  ("1990","DATE","1990",N),
  ("Wednesday","DATE","2000-09-20",N),
  ("Friday","DATE","2000-09-22",N),
  ("next week","DATE","2000-W39",N),
  ("25 years","DURATION","P25Y",N),
  ("Monday","DATE","2000-09-18",N),
  ("20 trading days","DURATION","P20D",N),
  ("last week","DATE","2000-W37",N),
  ("September 1999","DATE","1999-09",N),
  ("the coming months","DURATION","PXM",N),
  ("Oct. 1","DATE","2000-10-01",N),
  ("the end of the year","DATE","2000","END"),
], "D"))

# 6. Xinhua -- Asian financial-crisis update. DCT Sunday 1998-11-29 ("Saturday" = 1998-11-28).
# Debatable: "the same month of last year" / "the fourth quarter of last year" / "December last year" as single extents.
CASES.append(("1998-11-29", """SEOUL, November 29 (Xinhua) -- South Korea's economy, battered by the Asian financial crisis for more than a year, is showing signs of bottoming out, with industrial output in October rising for the first time in 11 months, according to government figures released Saturday.

The National Statistical Office said industrial production rose 0.8 percent in October from the previous month, although it was still down 9.6 percent compared with the same month of last year.

The country's foreign exchange reserves reached 48.5 billion U.S. dollars at the end of October, up from only 3.9 billion dollars in December last year, when the country was on the brink of default and had to seek a 57-billion-dollar rescue package led by the International Monetary Fund (IMF).

The won has strengthened to around 1,250 to the U.S. dollar from a record low of 1,960 hit in December. Interest rates, which soared above 30 percent early this year, have fallen to around 8 percent, the lowest level since the crisis began.

Finance and Economy Minister Lee Kyu-sung told a press conference today that the economy was expected to shrink by about 7 percent this year, but would return to positive growth of around 2 percent in 1999.

"The worst is over, but we cannot be complacent," Lee said. "Restructuring of the financial and corporate sectors must be completed by the end of next year."

Unemployment, however, remains a serious concern. The jobless rate stood at 7.1 percent in October, more than three times the level of a year earlier, with about 1.5 million people out of work.

In the past 12 months, the government has closed five commercial banks and more than 50 other financial institutions, and has pressed the country's largest conglomerates to swap business lines and cut their heavy debts.

Elsewhere in the region, Thailand's central bank said Friday that the Thai economy would contract by 7 to 8 percent this year, while Indonesia, the hardest-hit economy, is expected to shrink by 15 percent.

Japan, the world's second largest economy, has been in recession since the fourth quarter of last year. Its government announced a stimulus package worth 24 trillion yen (about 196 billion U.S. dollars) on November 16.

The Asian financial crisis started in July 1997 when Thailand floated its currency, the baht. It spread within months to Indonesia, Malaysia, the Philippines and South Korea.

Economists at the Asian Development Bank said in a report released last week that the region's recovery would be gradual and that growth was unlikely to return to pre-crisis levels until 2000.

South Korean President Kim Dae-jung, who took office in February, has pledged to attract 15 billion dollars in foreign investment next year.""", [
  ("November 29","DATE","1998-11-29",N),
  ("more than a year","DURATION","P1Y","MORE_THAN"),
  ("October","DATE","1998-10",N),
  ("11 months","DURATION","P11M",N),
  ("Saturday","DATE","1998-11-28",N),
  ("October","DATE","1998-10",N),
  ("the previous month","DATE","1998-09",N),
  ("the same month of last year","DATE","1997-10",N),
  ("the end of October","DATE","1998-10","END"),
  ("December last year","DATE","1997-12",N),
  ("December","DATE","1997-12",N),
  ("early this year","DATE","1998","START"),
  ("today","DATE","1998-11-29",N),
  ("this year","DATE","1998",N),
  ("1999","DATE","1999",N),
  ("the end of next year","DATE","1999","END"),
  ("October","DATE","1998-10",N),
  ("a year earlier","DATE","1997-10",N),
  ("the past 12 months","DURATION","P12M",N),
  ("Friday","DATE","1998-11-27",N),
  ("this year","DATE","1998",N),
  ("the fourth quarter of last year","DATE","1997-Q4",N),
  ("November 16","DATE","1998-11-16",N),
  ("July 1997","DATE","1997-07",N),
  ("months","DURATION","PXM",N),
  ("last week","DATE","1998-W47",N),
  ("2000","DATE","2000",N),
  ("February","DATE","1998-02",N),
  ("next year","DATE","1999",N),
], "D"))

# 7. AP -- bankruptcy filing. DCT Monday 2000-05-22.
# Debatable: "the previous year" after "fiscal 1999" (fiscal 1998 -> 1998); "at least a year" inside "stores open at least a year".
CASES.append(("2000-05-22", """WILMINGTON, Del. (AP) -- Crane's Department Stores Inc., the struggling discount chain with 212 stores in 14 Eastern states, filed for Chapter 11 bankruptcy protection Monday, blaming intense competition from Wal-Mart and Target and weak sales late last year.

The company, based in Allentown, Pa., said its stores would remain open during the reorganization and that it had obtained $400 million in debtor-in-possession financing from a group of banks led by Fleet Retail Finance. It listed assets of $1.1 billion and debts of $1.3 billion in its filing in U.S. Bankruptcy Court in Wilmington.

Crane's said it would close 38 unprofitable stores by the end of July and eliminate about 2,800 jobs, or roughly 15 percent of its work force.

"This was a difficult decision, but it is the right one," chief executive Martin L. Feld said in a statement. "Chapter 11 gives us the breathing room we need to restructure our balance sheet and return Crane's to profitability."

The company lost $87.4 million in fiscal 1999, which ended Jan. 29, compared with a loss of $12.6 million in the previous year. Sales fell 6 percent to $2.3 billion. In the 13 weeks ended April 29, sales at stores open at least a year fell 9.2 percent.

Crane's shares, which traded above $15 last summer, fell 47 cents, or 61 percent, to 30 cents on the New York Stock Exchange, which said it would suspend trading in the stock before the market opens Tuesday.

The filing had been widely expected since early May, when the chain missed a $24 million interest payment on its bonds and its auditors raised doubts about its ability to survive. Last week, several of its largest suppliers said they had stopped shipping merchandise to the chain.

Analysts said Crane's had been hurt by its failure to update its stores, many of which have not been renovated since the 1980s, and by the defection of its core customers to discount superstores.

"They were stuck in the middle -- not as cheap as Wal-Mart, not as stylish as Target," said Kurt Barnard, president of Barnard's Retail Trend Report in Upper Montclair, N.J. "It's the same story we saw with Caldor and Bradlees."

Caldor, once the nation's fourth-largest discount chain, filed for bankruptcy in September 1995 and liquidated in 1999. Bradlees emerged from Chapter 11 in February 1999 after more than three years under court protection.

Crane's said it hoped to emerge from bankruptcy by the middle of next year. A hearing on the financing package is scheduled for Wednesday before Judge Peter J. Walsh.""", [
  ("Monday","DATE","2000-05-22",N),
  ("late last year","DATE","1999","END"),
  ("the end of July","DATE","2000-07","END"),
  ("fiscal 1999","DATE","1999",N),
  ("Jan. 29","DATE","2000-01-29",N),
  ("the previous year","DATE","1998",N),
  ("the 13 weeks","DURATION","P13W",N),
  ("April 29","DATE","2000-04-29",N),
  ("at least a year","DURATION","P1Y","EQUAL_OR_MORE"),
  ("last summer","DATE","1999-SU",N),
  ("Tuesday","DATE","2000-05-23",N),
  ("early May","DATE","2000-05","START"),
  ("Last week","DATE","2000-W20",N),
  ("the 1980s","DATE","198",N),
  ("September 1995","DATE","1995-09",N),
  ("1999","DATE","1999",N),
  ("February 1999","DATE","1999-02",N),
  ("more than three years","DURATION","P3Y","MORE_THAN"),
  ("the middle of next year","DATE","2001","MID"),
  ("Wednesday","DATE","2000-05-24",N),
], "D"))

# 8. NYT -- merger approval by regulators. DCT Wednesday 1999-12-01 ("yesterday" = Tuesday 1999-11-30).
# Debatable: "5 p.m." anchored on "yesterday"; "the years ahead" DURATION PXY.
CASES.append(("1999-12-01", """The Federal Trade Commission approved Exxon Corporation's $81 billion acquisition of the Mobil Corporation yesterday, clearing the way for the creation of the world's largest publicly traded oil company, after the two companies agreed to sell more than 2,400 gasoline stations and a California refinery.

The commission voted 5 to 0 to accept the settlement, the largest divestiture ever required by antitrust regulators. Its decision was announced shortly after 5 p.m. The companies said they expected to complete the merger today. The deal was announced on Dec. 1, 1998.

Under the agreement, Exxon and Mobil will sell 1,740 stations in the Northeast and Middle Atlantic states, 360 in California and 319 in Texas, as well as Exxon's refinery in Benicia, Calif. The divestitures must be completed within nine months.

"This settlement preserves competition in every market where the two companies overlap," said Robert Pitofsky, the commission's chairman. "Without these divestitures, consumers would have paid more at the pump."

The approval came two months after the European Commission cleared the deal in September, on condition that Mobil give up its stake in a European refining venture with BP Amoco.

Shares of Exxon rose $1.125 yesterday, to $80.9375, on the New York Stock Exchange, and Mobil gained $1.3125, to $104.25. Mobil shareholders will receive 1.32015 Exxon shares for each share they own. Trading in Mobil stock will end today.

The combined company, to be called Exxon Mobil Corporation, will have revenue of about $200 billion and will be based in Irving, Tex. Lee R. Raymond, Exxon's chairman, will be chairman and chief executive; Lucio A. Noto, Mobil's chairman, will be vice chairman.

The companies have said they expect to save $2.8 billion a year within three years by eliminating overlapping operations and cutting about 9,000 jobs, or 7 percent of their combined work force.

Oil prices have roughly doubled since the merger was announced, when crude traded at about $11 a barrel, its lowest level in 12 years. The slump of 1998 set off a wave of consolidation in the industry. British Petroleum completed its purchase of Amoco on Dec. 31, 1998, and agreed in April to acquire Atlantic Richfield, a deal that is still under review by the commission.

Some consumer groups criticized the decision. "The F.T.C. has blessed the re-creation of Standard Oil," said Ed Rothschild, an energy consultant to Citizen Action. "Motorists will feel the effects at the pump in the years ahead."

Analysts said they expected more mergers among oil producers next year, particularly if prices remain near their current levels.

Exxon and Mobil were both created in 1911, when the Supreme Court ordered the breakup of John D. Rockefeller's Standard Oil Trust.""", [
  ("yesterday","DATE","1999-11-30",N),
  ("5 p.m.","TIME","1999-11-30T17:00",N),
  ("today","DATE","1999-12-01",N),
  ("Dec. 1, 1998","DATE","1998-12-01",N),
  ("nine months","DURATION","P9M",N),
  ("two months","DURATION","P2M",N),
  ("September","DATE","1999-09",N),
  ("yesterday","DATE","1999-11-30",N),
  ("today","DATE","1999-12-01",N),
  ("three years","DURATION","P3Y",N),
  ("12 years","DURATION","P12Y",N),
  ("1998","DATE","1998",N),
  ("Dec. 31, 1998","DATE","1998-12-31",N),
  ("April","DATE","1999-04",N),
  ("the years ahead","DURATION","PXY",N),
  ("next year","DATE","2000",N),
  ("current","DATE","PRESENT_REF",N),
  ("1911","DATE","1911",N),
], "D"))

# 9. AP -- trade-deficit release. DCT Thursday 2000-04-20.
# Debatable: "the past decade" (DATE 199 vs DURATION P10Y); "the week of May 22" as one extent (2000-W21).
CASES.append(("2000-04-20", """WASHINGTON (AP) -- The U.S. trade deficit widened to a record $29.2 billion in February as Americans' appetite for imported cars, computers and oil showed no sign of slowing, the government said Thursday.

The Commerce Department said the gap between what the United States sells abroad and what it buys rose 8.5 percent from a revised $26.9 billion in January, surpassing the previous record of $27.3 billion set in November.

Imports jumped 2.6 percent to $117 billion, the highest ever, driven by a $1.6 billion increase in petroleum imports as the price of foreign crude averaged $26.14 a barrel, up from $10.77 in February 1999. Exports edged up 0.6 percent to $87.8 billion.

The deficit with China, which has been rising steadily for most of the past decade, narrowed to $5.3 billion from $6.1 billion the previous month. But the deficit with Japan widened to $6.4 billion, and the imbalance with Western Europe climbed to $4.5 billion.

Economists had expected the deficit to narrow to about $27 billion.

For the first two months of the year, the deficit totaled $56.1 billion, putting it on pace to easily exceed last year's record of $271.3 billion.

"The trade deficit is the one big blemish on this economy," said David Wyss, chief economist at Standard & Poor's DRI in Lexington, Mass. "As long as the U.S. is growing faster than Europe and Japan, it's going to keep getting worse."

The widening gap is likely to subtract from economic growth in the first quarter, economists said. The government's first estimate of first-quarter growth is due out April 27.

Commerce Secretary William Daley said the figures underscored the importance of passing legislation granting China permanent normal trade relations, which the House is scheduled to vote on the week of May 22. "Our exporters have been held back by the strong dollar and the slow recovery in Asia since the 1997 financial crisis," Daley said.

Rising oil prices are also feeding inflation. The Labor Department reported last Friday that consumer prices rose 0.7 percent in March, the largest increase in more than five years. Over the past 12 months, prices are up 3.7 percent.

Financial markets shrugged off the trade report. The dollar rose against the yen and the euro, and the Dow Jones industrial average gained 169 points.

The Federal Reserve, which has raised rates five times since June 1999, meets again May 16, and many analysts expect a half-point increase.

The March trade figures will be released May 19.""", [
  ("February","DATE","2000-02",N),
  ("Thursday","DATE","2000-04-20",N),
  ("January","DATE","2000-01",N),
  ("November","DATE","1999-11",N),
  ("February 1999","DATE","1999-02",N),
  ("the past decade","DATE","199",N),
  ("the previous month","DATE","2000-01",N),
  ("the first two months","DURATION","P2M",N),
  ("the year","DATE","2000",N),
  ("last year","DATE","1999",N),
  ("the first quarter","DATE","2000-Q1",N),
  ("first-quarter","DATE","2000-Q1",N),
  ("April 27","DATE","2000-04-27",N),
  ("the week of May 22","DATE","2000-W21",N),
  ("1997","DATE","1997",N),
  ("last Friday","DATE","2000-04-14",N),
  ("March","DATE","2000-03",N),
  ("more than five years","DURATION","P5Y","MORE_THAN"),
  ("the past 12 months","DURATION","P12M",N),
  ("June 1999","DATE","1999-06",N),
  ("May 16","DATE","2000-05-16",N),
  ("March","DATE","2000-03",N),
  ("May 19","DATE","2000-05-19",N),
], "D"))

# 10. Xinhua -- currency devaluation. DCT Thursday 1999-01-14 ("Wednesday" = 1999-01-13).
# Debatable: "a day" in "a day after" (DURATION per TimeBank "X after" practice); "late afternoon" TIME with mod END;
# "the end of the day" DATE vs TIME.
CASES.append(("1999-01-14", """RIO DE JANEIRO, January 14 (Xinhua) -- Brazil's currency, the real, fell sharply again today, a day after the government effectively devalued it and the central bank president resigned, sending shock waves through financial markets around the world.

The real traded at 1.43 to the U.S. dollar in late afternoon trading in Sao Paulo, down about 15 percent from Tuesday's close of 1.21.

The central bank announced at 10 a.m. on Wednesday that it was widening the band within which the currency is allowed to trade, a move that analysts described as a devaluation of about 8 percent. By the end of the day, the real had hit the bottom of the new band.

Central bank president Gustavo Franco, the architect of the policy of keeping the real strong against the dollar since its launch in July 1994, resigned and was replaced by Francisco Lopes, one of his deputies.

"This is not a maxi-devaluation. It is a correction," Lopes told a news conference in Brasilia on Wednesday night.

The Sao Paulo stock exchange fell 10 percent in the first hour of trading today, triggering a 30-minute suspension, before closing down 4.2 percent. Markets elsewhere in Latin America also tumbled. In Buenos Aires, the Merval index lost 6 percent, and Mexican stocks fell 4 percent. On Wednesday, the Dow Jones industrial average in New York dropped as much as 260 points before recovering to close down 125 points.

Brazil has lost more than 40 billion U.S. dollars in reserves since August, when Russia's debt default triggered a flight of capital from emerging markets. In November, Brazil reached agreement on a 41.5-billion-dollar international rescue package led by the International Monetary Fund (IMF).

The crisis intensified last week when the governor of Minas Gerais state, former president Itamar Franco, declared a 90-day moratorium on payments of the state's 13.5-billion-dollar debt to the federal government.

IMF Managing Director Michel Camdessus said in Washington today that the fund supported Brazil's decision. "We remain confident that the program will succeed," he said. An IMF team is expected to arrive in Brasilia next week to review the program.

Brazil's economy grew only 0.5 percent in 1998, the weakest performance since 1992, and economists warned that it could slide into recession this year. The government had forecast growth of 1 percent for 1999, but private analysts now expect the economy to contract by 2 to 4 percent.

The devaluation also raised fears that Argentina, whose peso has been pegged to the dollar since 1991, and China could be forced to follow. A spokesman for the Chinese Foreign Ministry reiterated today that China would not devalue its currency, the renminbi, and would keep it stable in 1999.""", [
  ("January 14","DATE","1999-01-14",N),
  ("today","DATE","1999-01-14",N),
  ("a day","DURATION","P1D",N),
  ("late afternoon","TIME","1999-01-14TAF","END"),
  ("Tuesday","DATE","1999-01-12",N),
  ("10 a.m.","TIME","1999-01-13T10:00",N),
  ("Wednesday","DATE","1999-01-13",N),
  ("the end of the day","DATE","1999-01-13","END"),
  ("July 1994","DATE","1994-07",N),
  ("Wednesday night","TIME","1999-01-13TNI",N),
  ("the first hour","DURATION","PT1H",N),
  ("today","DATE","1999-01-14",N),
  ("30-minute","DURATION","PT30M",N),
  ("Wednesday","DATE","1999-01-13",N),
  ("August","DATE","1998-08",N),
  ("November","DATE","1998-11",N),
  ("last week","DATE","1999-W01",N),
  ("90-day","DURATION","P90D",N),
  ("today","DATE","1999-01-14",N),
  ("next week","DATE","1999-W03",N),
  ("1998","DATE","1998",N),
  ("1992","DATE","1992",N),
  ("this year","DATE","1999",N),
  ("1999","DATE","1999",N),
  ("now","DATE","PRESENT_REF",N),
  ("1991","DATE","1991",N),
  ("today","DATE","1999-01-14",N),
  ("1999","DATE","1999",N),
], "D"))
