# Hand-annotated full-length news articles (NYT News Service / Xinhua English style, 1998-2000).
# TIMEX3 gold per TimeML 1.2.1 / TimeBank 1.2 practice. Format: (DCT, text, [(extent, TYPE, value, mod)], flag)
N = None
CASES = []

# 1. NYT -- city politics. DCT Wednesday 1998-06-17.
CASES.append(("1998-06-17", """NEW YORK -- Mayor Rudolph W. Giuliani and City Council leaders reached a tentative agreement last night on a $36.7 billion budget for the fiscal year that begins July 1, ending a three-week standoff over tax cuts and school spending that had threatened to push the city past its legal deadline.

The deal, announced at about 11 p.m. at City Hall, includes $200 million in tax reductions, far less than the $600 million the Mayor had sought in January, and restores most of the $150 million in cuts to libraries and senior centers that Council members had denounced this spring.

"This is a budget that keeps faith with the people who pay the bills," Mr. Giuliani said at a news conference this morning. "We cut taxes again, and we did it without closing a single firehouse."

The Council Speaker, Peter F. Vallone, said yesterday that the Council had won "real victories for working families," but he acknowledged that the final figure fell short of what many members wanted. The Council is expected to vote on the budget Friday, and the Mayor is expected to sign it early next week.

The agreement capped a season of unusually bitter negotiations. In February, Mr. Giuliani proposed eliminating the city's commercial rent tax over three years, a plan the Council's Finance Committee rejected in April as a giveaway to Manhattan landlords. Talks broke down entirely on May 28, when the Mayor walked out of a meeting with Council leaders, and did not resume until last Thursday.

City budgets have been adopted late only rarely. The last time the city missed the deadline was in 1991, during the administration of Mayor David N. Dinkins, when a fiscal crisis forced layoffs of more than 10,000 workers and the budget was not approved until mid-July.

Since then, the city's finances have improved markedly. Buoyed by a booming stock market, tax revenues have exceeded projections in each of the past four years, and the Independent Budget Office estimated this month that the city would end the current fiscal year with a surplus of about $2 billion.

But fiscal watchdogs warned that the good times could end abruptly. "Wall Street will not keep growing like this forever," said Carol O'Cleireacain, a former city budget director. "Sooner or later the city is going to face a recession, and the gaps in 2000 and 2001 are already projected at more than $2 billion a year."

Several Council members, including the Finance Committee chairman, Herbert E. Berman, said they would push next year for a more comprehensive review of the tax code. Mr. Berman said the Council would hold hearings in the fall and might propose its own tax package before the Mayor's preliminary budget is released in January.

Mr. Giuliani, who is widely expected to run for the Senate in 2000, dismissed the idea. "They've had four years to come up with a plan," he said. "We'll see what they do."

Other officials were more conciliatory. The city's Comptroller, Alan G. Hevesi, who has clashed repeatedly with the Mayor over budget forecasts, said in a statement that both sides deserved credit for avoiding a late budget, but he urged them to set aside part of the surplus for a rainy day. "The surplus we are celebrating this week could disappear quickly if Wall Street stumbles," he said.""", [
  ("last night", "TIME", "1998-06-16TNI", N),
  ("the fiscal year", "DATE", "1999", N),
  ("July 1", "DATE", "1998-07-01", N),
  ("three-week", "DURATION", "P3W", N),
  ("about 11 p.m.", "TIME", "1998-06-16T23:00", "APPROX"),
  ("January", "DATE", "1998-01", N),
  ("this spring", "DATE", "1998-SP", N),
  ("this morning", "TIME", "1998-06-17TMO", N),
  ("yesterday", "DATE", "1998-06-16", N),
  ("Friday", "DATE", "1998-06-19", N),
  ("early next week", "DATE", "1998-W26", "START"),
  ("February", "DATE", "1998-02", N),
  ("three years", "DURATION", "P3Y", N),
  ("April", "DATE", "1998-04", N),
  ("May 28", "DATE", "1998-05-28", N),
  ("last Thursday", "DATE", "1998-06-11", N),
  ("1991", "DATE", "1991", N),
  ("mid-July", "DATE", "1991-07", "MID"),
  ("the past four years", "DURATION", "P4Y", N),
  ("this month", "DATE", "1998-06", N),
  ("the current fiscal year", "DATE", "1998", N),
  ("2000", "DATE", "2000", N),
  ("2001", "DATE", "2001", N),
  ("a year", "SET", "P1Y", N),
  ("next year", "DATE", "1999", N),
  ("the fall", "DATE", "1998-FA", N),
  ("January", "DATE", "1999-01", N),
  ("2000", "DATE", "2000", N),
  ("four years", "DURATION", "P4Y", N),
  ("this week", "DATE", "1998-W25", N),
], "D"))

# 2. NYT -- Congressional budget fight. DCT Tuesday 1999-09-28.
CASES.append(("1999-09-28", """WASHINGTON -- With the fiscal year ending Thursday and only 3 of the 13 annual spending bills signed into law, House Republican leaders said today that they would seek a stopgap measure to keep the Government running for three weeks while they try to resolve their differences with President Clinton.

The House is expected to vote on the measure tomorrow, and Senate leaders said they hoped to send it to the White House by Thursday night, just before the new fiscal year begins Oct. 1.

"We are not going to shut the Government down," said Representative J. Dennis Hastert of Illinois, the Speaker. "Nobody wants to repeat what happened in 1995."

That year, a bitter confrontation between Mr. Clinton and the Republican Congress led to two shutdowns, one lasting six days in November and a second lasting 21 days that stretched from mid-December into early January. Polls taken then showed that voters overwhelmingly blamed the Republicans, and many party strategists believe the episode helped Mr. Clinton win re-election the following year.

The fight this year centers on how much to spend on education, foreign aid and the census, and on whether the Republicans can keep their pledge not to dip into the Social Security surplus. The Congressional Budget Office reported last week that the spending bills already passed by the House and Senate would exceed that limit by about $17 billion over the next 12 months.

The White House budget director, Jacob J. Lew, said yesterday that Mr. Clinton would veto at least four of the bills in their current form, including the measure financing the Departments of Labor, Health and Human Services and Education. "The President has been clear since February about his priorities," Mr. Lew said. "Hiring 100,000 new teachers is not negotiable."

Republicans have resorted to a series of accounting maneuvers to stay within the caps set by the 1997 balanced-budget agreement, including declaring some routine spending an emergency and designating the 2000 census as a one-time expense. Another proposal, floated by House appropriators earlier this month, would have delayed earned-income tax credit payments to low-income workers by several months, pushing about $8 billion in costs into fiscal 2001.

That idea was abandoned last Friday after Gov. George W. Bush of Texas, the front-runner for the Republican Presidential nomination, criticized it, saying Congress should not "balance its budget on the backs of the poor."

Democrats, who have watched the Republican majority struggle for months to pass its spending bills, were in no hurry to help. "They've had since January to do their work," said Representative David R. Obey of Wisconsin, the senior Democrat on the Appropriations Committee. "Now they want three more weeks. I suspect they'll need another extension after that."

Senior aides in both parties predicted that the final negotiations would drag on until mid-October, and some said a comprehensive deal might not come until just before Thanksgiving, when lawmakers are eager to go home to campaign.

Veterans of past budget battles said the outcome would depend largely on how much each side believed it could gain from a confrontation with the 2000 elections approaching. "In 1995 the Republicans thought the public was with them, and they were wrong," said Leon E. Panetta, who was Mr. Clinton's chief of staff during the 1995 shutdowns. "This time both sides have read the polls."

Mr. Hastert said he remained optimistic. "We'll get it done this fall," he said. "We always do.\"""", [
  ("the fiscal year", "DATE", "1999", N),
  ("Thursday", "DATE", "1999-09-30", N),
  ("today", "DATE", "1999-09-28", N),
  ("three weeks", "DURATION", "P3W", N),
  ("tomorrow", "DATE", "1999-09-29", N),
  ("Thursday night", "TIME", "1999-09-30TNI", N),
  ("the new fiscal year", "DATE", "2000", N),
  ("Oct. 1", "DATE", "1999-10-01", N),
  ("1995", "DATE", "1995", N),
  ("That year", "DATE", "1995", N),
  ("six days", "DURATION", "P6D", N),
  ("November", "DATE", "1995-11", N),
  ("21 days", "DURATION", "P21D", N),
  ("mid-December", "DATE", "1995-12", "MID"),
  ("early January", "DATE", "1996-01", "START"),
  ("the following year", "DATE", "1996", N),
  ("this year", "DATE", "1999", N),
  ("last week", "DATE", "1999-W38", N),
  ("the next 12 months", "DURATION", "P12M", N),
  ("yesterday", "DATE", "1999-09-27", N),
  ("February", "DATE", "1999-02", N),
  ("1997", "DATE", "1997", N),
  ("2000", "DATE", "2000", N),
  ("earlier this month", "DATE", "1999-09", "START"),
  ("several months", "DURATION", "PXM", N),
  ("fiscal 2001", "DATE", "2001", N),
  ("last Friday", "DATE", "1999-09-24", N),
  ("months", "DURATION", "PXM", N),
  ("January", "DATE", "1999-01", N),
  ("Now", "DATE", "PRESENT_REF", N),
  ("three more weeks", "DURATION", "P3W", N),
  ("mid-October", "DATE", "1999-10", "MID"),
  ("Thanksgiving", "DATE", "1999-11-25", N),
  ("2000", "DATE", "2000", N),
  ("1995", "DATE", "1995", N),
  ("1995", "DATE", "1995", N),
  ("this fall", "DATE", "1999-FA", N),
], "D"))

# 3. NYT -- health study. DCT Thursday 2000-03-09.
CASES.append(("2000-03-09", """Women who take hormone replacement therapy for more than five years after menopause face a modestly higher risk of breast cancer, according to a large study published today, but researchers cautioned that the absolute increase in risk remained small.

The study, published in The Journal of the American Medical Association, followed more than 46,000 women who were enrolled in a breast-cancer screening program between 1973 and 1980 and were tracked through the late 1980's.

Researchers found that women who had used a combination of estrogen and progestin in the previous four years had a 40 percent higher risk of breast cancer than women who never took hormones. Among women who had used estrogen alone, the increase in risk was about 20 percent.

"This is the strongest evidence yet that the combined therapy carries an additional risk," said Dr. Catherine Schairer, an epidemiologist at the National Cancer Institute and the study's lead author. She said in an interview yesterday that the findings should prompt women to review their treatment with their doctors, but should not cause alarm.

About 20 million American women now take hormones after menopause, a number that has roughly doubled over the past 10 years. Doctors have long prescribed estrogen to relieve hot flashes and other symptoms, and since the early 1990's many have also recommended it to prevent heart disease and osteoporosis. Progestin is usually added to protect against uterine cancer, a risk that became apparent in the mid-1970's.

But a major federal trial, the Women's Health Initiative, is testing that assumption. The trial, which began in 1993 and has enrolled more than 27,000 women, is not scheduled to report its results until 2005. A smaller study published in August 1998 found that hormone therapy did not reduce heart attacks among women who already had heart disease, and in some cases appeared to increase them shortly after treatment began.

Dr. Graham A. Colditz of Harvard Medical School, who led a 1995 analysis of the Nurses' Health Study that reached similar conclusions, said the new findings strengthened the case that the risk rose with the length of use. "After 10 years, a woman's risk is noticeably higher," he said. "For the first few years, it's hard to see any effect at all."

The study's authors estimated that among 1,000 women in their 50's, about 15 additional cases of breast cancer would be diagnosed over 10 years of combined therapy. By comparison, heart disease kills about 240,000 American women each year.

Representatives of Wyeth-Ayerst Laboratories, which makes Premarin and Prempro, the most widely prescribed hormone products, said last night that the study relied on data collected before newer, lower-dose formulations became available in the 1990's. "Women should not stop taking their medication on the basis of a single study," the company said in a statement.

Some doctors said the findings would change how they counsel patients. Dr. Isaac Schiff, chief of obstetrics and gynecology at Massachusetts General Hospital, said he now advised most women to reconsider hormone therapy every year. "For a woman with severe symptoms, a few years of treatment is still reasonable," he said. "But we can no longer tell women that they should stay on it for the rest of their lives."

Dr. Schairer said her group planned to publish a follow-up analysis next year using data from women who began therapy after 1990. Results from the Women's Health Initiative's first interim review, she added, could be released this summer.""", [
  ("more than five years", "DURATION", "P5Y", "MORE_THAN"),
  ("today", "DATE", "2000-03-09", N),
  ("1973", "DATE", "1973", N),
  ("1980", "DATE", "1980", N),
  ("the late 1980's", "DATE", "198", "END"),
  ("the previous four years", "DURATION", "P4Y", N),
  ("yesterday", "DATE", "2000-03-08", N),
  ("now", "DATE", "PRESENT_REF", N),
  ("the past 10 years", "DURATION", "P10Y", N),
  ("the early 1990's", "DATE", "199", "START"),
  ("the mid-1970's", "DATE", "197", "MID"),
  ("1993", "DATE", "1993", N),
  ("2005", "DATE", "2005", N),
  ("August 1998", "DATE", "1998-08", N),
  ("1995", "DATE", "1995", N),
  ("10 years", "DURATION", "P10Y", N),
  ("the first few years", "DURATION", "PXY", N),
  ("10 years", "DURATION", "P10Y", N),
  ("each year", "SET", "P1Y", N),
  ("last night", "TIME", "2000-03-08TNI", N),
  ("the 1990's", "DATE", "199", N),
  ("now", "DATE", "PRESENT_REF", N),
  ("every year", "SET", "P1Y", N),
  ("a few years", "DURATION", "PXY", N),
  ("next year", "DATE", "2001", N),
  ("1990", "DATE", "1990", N),
  ("this summer", "DATE", "2000-SU", N),
], "D"))

# 4. NYT -- arts review with historical background. DCT Friday 1998-11-13.
CASES.append(("1998-11-13", """The 60 small panels of Jacob Lawrence's "Migration of the Negro," which go on view tomorrow at the Museum of Modern Art, have not been shown together in New York in about a decade, and seeing them again is a reminder of how fresh and urgent they still look.

Lawrence, who was 23 when he began the series in 1940, painted the panels in tempera on hardboard over roughly a year, working from captions he had written after months of research at the Harlem branch of the New York Public Library. The pictures trace the movement of hundreds of thousands of black Americans from the rural South to the industrial cities of the North during and after World War I.

The series made Lawrence famous almost at once. In November 1941, 26 of the panels were reproduced in Fortune magazine, and the entire set was shown at the Downtown Gallery in Manhattan that winter, making him the first black artist represented by a major New York gallery. Early the next year, the Museum of Modern Art and the Phillips Collection in Washington agreed to split the series, each taking 30 panels -- MoMA the even-numbered ones, the Phillips the odd.

That arrangement has held for more than half a century, and the two halves have been reunited only a handful of times, most recently for a national tour organized by the Phillips in 1993 and 1994.

The current exhibition, organized by Ellen Marsh, an associate curator in the museum's department of painting and sculpture, runs through Feb. 2. It places the panels in a single long gallery in the order Lawrence intended, with his original captions -- revised by the artist in 1993 -- printed beneath each one.

The effect is cumulative. Panel 1, in which crowds surge toward ticket windows marked Chicago, New York and St. Louis, sets a rhythm that Lawrence sustains through scenes of lynching, flooded fields, crowded tenements and, near the end, the first hesitant steps toward the ballot box. The colors, limited to a handful of flat hues applied one at a time across all 60 panels, have faded little since the 1940's.

Lawrence himself arrived in Harlem in 1930, at the age of 13, after his mother moved the family from Philadelphia. He studied at the Harlem Art Workshop in the mid-1930's under Charles Alston, and by the end of the decade had completed series on Toussaint L'Ouverture, Frederick Douglass and Harriet Tubman.

What distinguishes the "Migration" panels from those earlier works is their economy. Lawrence strips each scene to a few silhouetted figures and a single gesture: a woman bent over a washtub, a man reading a letter from a relative up North, a line of travelers waiting on a crowded platform. The repetition of those shapes, panel after panel, gives the series the quality of a chant.

Now 81 and living in Seattle, where he taught at the University of Washington for 15 years, Lawrence did not attend the press preview on Tuesday, but he sent a brief statement. "I was painting what I knew," it said. "The migration was not history to me. It was my family."

Visitors who have seen the panels only as reproductions in textbooks should make time for the real thing this fall. After the show closes, the panels will return to their separate homes, perhaps for years.

"The Migration Series" is at the Museum of Modern Art, 11 West 53d Street, Manhattan, through Feb. 2.""", [
  ("tomorrow", "DATE", "1998-11-14", N),
  ("about a decade", "DURATION", "P10Y", "APPROX"),
  ("1940", "DATE", "1940", N),
  ("roughly a year", "DURATION", "P1Y", "APPROX"),
  ("months", "DURATION", "PXM", N),
  ("November 1941", "DATE", "1941-11", N),
  ("that winter", "DATE", "1941-WI", N),
  ("Early the next year", "DATE", "1942", "START"),
  ("more than half a century", "DURATION", "P50Y", "MORE_THAN"),
  ("most recently", "DATE", "PAST_REF", N),
  ("1993", "DATE", "1993", N),
  ("1994", "DATE", "1994", N),
  ("Feb. 2", "DATE", "1999-02-02", N),
  ("1993", "DATE", "1993", N),
  ("the 1940's", "DATE", "194", N),
  ("1930", "DATE", "1930", N),
  ("the mid-1930's", "DATE", "193", "MID"),
  ("the end of the decade", "DATE", "193", "END"),
  ("Now", "DATE", "PRESENT_REF", N),
  ("15 years", "DURATION", "P15Y", N),
  ("Tuesday", "DATE", "1998-11-10", N),
  ("this fall", "DATE", "1998-FA", N),
  ("years", "DURATION", "PXY", N),
  ("Feb. 2", "DATE", "1999-02-02", N),
], "D"))

# 5. NYT -- business profile. DCT Monday 1999-02-22.
CASES.append(("1999-02-22", """BOSTON -- When Linda M. Costa took over Harborview Foods in the spring of 1991, the frozen-seafood company was losing $4 million a year, its biggest customer had just walked away and its bankers were threatening to call in their loans.

Eight years later, Harborview is one of the fastest-growing food companies in New England. It reported last week that its sales rose 31 percent in the fourth quarter, to $88.6 million, and that its profit more than doubled, to $6.2 million, or 54 cents a share, from $2.9 million, or 26 cents a share, a year earlier.

For all of 1998, sales climbed 27 percent, to $312 million. The company's stock, which trades on the Nasdaq, has risen about 70 percent over the past 12 months, closing on Friday at $23.75.

"We were a commodity business pretending to be something else," Ms. Costa, 52, said in an interview at the company's headquarters on the Boston waterfront. "The first thing we had to do was admit that."

Her answer, reached after months of arguments with the founding Pellegrino family, was to stop competing on price with giant processors and to concentrate instead on prepared dishes -- stuffed sole, crab cakes, seafood lasagna -- sold under the Harborview name to supermarkets and, beginning in 1995, to warehouse clubs like Costco.

The company was founded in 1946 by Anthony Pellegrino, a Gloucester fisherman, and was run by his sons through the 1970's and most of the 1980's. By the late 1980's, as Japanese and Norwegian competitors drove down prices, it was struggling, and in 1989 the family hired Ms. Costa, then a vice president at the Stop & Shop supermarket chain, as chief operating officer. She became chief executive two years later.

The early going was grim. She closed two of the company's four plants, cut the work force by a third and persuaded the family to give up control of the board. "There were weeks when I wasn't sure we would make the payroll," she recalled.

Harborview took its shares public in October 1996 at $9 each. Since then it has opened a second plant in New Bedford and bought a smaller rival, Cape Ann Kitchens, for $41 million last summer.

Analysts say the biggest challenge now is to keep growing as the warehouse clubs, which account for about a third of sales, press their suppliers for lower prices. "The next two years will tell us whether this is a great company or a great turnaround," said Mark Feldman, an analyst at Tucker Anthony who follows the stock.

Some investors worry, too, about the company's dependence on imported fish. Prices for Alaskan pollock and Atlantic cod rose sharply late last year, and Harborview's gross margin slipped in the fourth quarter to 31.2 percent from 33 percent in the third quarter.

Ms. Costa said the company planned to introduce 15 new products this year and expected to begin selling in Canada by the end of the first quarter. She said Harborview had no plans to sell itself, despite a takeover offer that she said the board rejected in December.

"People ask me how long I'm going to stay," she said. "I tell them I don't know, but the company will be here long after I'm gone.\"""", [
  ("the spring of 1991", "DATE", "1991-SP", N),
  ("a year", "SET", "P1Y", N),
  ("Eight years later", "DATE", "1999", N),
  ("last week", "DATE", "1999-W07", N),
  ("the fourth quarter", "DATE", "1998-Q4", N),
  ("a year earlier", "DATE", "1997-Q4", N),
  ("1998", "DATE", "1998", N),
  ("the past 12 months", "DURATION", "P12M", N),
  ("Friday", "DATE", "1999-02-19", N),
  ("months", "DURATION", "PXM", N),
  ("1995", "DATE", "1995", N),
  ("1946", "DATE", "1946", N),
  ("the 1970's", "DATE", "197", N),
  ("the 1980's", "DATE", "198", N),
  ("the late 1980's", "DATE", "198", "END"),
  ("1989", "DATE", "1989", N),
  ("two years later", "DATE", "1991", N),
  ("weeks", "DURATION", "PXW", N),
  ("October 1996", "DATE", "1996-10", N),
  ("last summer", "DATE", "1998-SU", N),
  ("now", "DATE", "PRESENT_REF", N),
  ("The next two years", "DURATION", "P2Y", N),
  ("late last year", "DATE", "1998", "END"),
  ("the fourth quarter", "DATE", "1998-Q4", N),
  ("the third quarter", "DATE", "1998-Q3", N),
  ("this year", "DATE", "1999", N),
  ("the end of the first quarter", "DATE", "1999-Q1", "END"),
  ("December", "DATE", "1998-12", N),
], "D"))

# 6. NYT -- court case. DCT Wednesday 2000-07-12.
CASES.append(("2000-07-12", """A federal judge in Manhattan yesterday refused to dismiss securities-fraud charges against a former Brooklyn brokerage executive accused of cheating hundreds of elderly investors out of more than $20 million, clearing the way for a trial that is scheduled to begin Sept. 18.

The executive, Richard A. Forman, 58, the former president of Forman Hale Securities, was indicted in March 1999 on 14 counts of securities fraud, wire fraud and conspiracy. Prosecutors say that from 1994 until the firm collapsed in the summer of 1998, Mr. Forman and four associates persuaded retirees to move their savings into speculative stocks that the firm secretly controlled.

In a 42-page opinion, Judge Miriam G. Cedarbaum of Federal District Court rejected defense arguments that the five-year statute of limitations had expired on most of the counts and that prosecutors had improperly used statements Mr. Forman made to regulators in 1997 without a lawyer present.

"The indictment alleges a continuing scheme, and at least some of the conduct charged occurred well within the limitations period," Judge Cedarbaum wrote.

Mr. Forman's lawyer, Gerald L. Shargel, said last night that he would ask the judge to reconsider and might seek to delay the trial until next year. "We have received more than 300 boxes of documents in the last six weeks alone," he said. "No lawyer can be ready by September."

Three of Mr. Forman's co-defendants have pleaded guilty, the last of them on June 29, and are expected to testify against him. A fourth, the firm's former head trader, died in a car accident last October.

The case is one of the largest in a string of prosecutions involving small brokerage firms that flourished on Long Island and in Brooklyn during the bull market of the mid-1990's. Since 1996, the United States Attorney's office in Manhattan has charged more than 120 people in such cases, and the Securities and Exchange Commission has barred dozens of brokers from the industry.

Investigators say the firms typically hired young brokers with little training, gave them scripts and lists of elderly prospects, and paid them large commissions for selling thinly traded stocks that the firms had bought cheaply before the shares were offered to the public. When the firms stopped supporting the prices, the stocks often collapsed within days.

Several of the victims, some of whom lost their entire life savings, attended yesterday's hearing. Ruth Adler, 81, of Forest Hills, Queens, said she had invested $140,000 with the firm in 1996 after a broker called her every week for two months. "He said he was like a grandson to me," Mrs. Adler said. "I haven't gotten back a penny."

Another investor, Samuel Klein, a retired pharmacist from Great Neck, said he had complained to the firm's compliance office in the spring of 1997 and to state regulators that fall, but received only form letters in reply. "If somebody had listened to me then, half of these people would still have their money," he said.

If convicted on all counts, Mr. Forman could face up to 25 years in prison. Jury selection is expected to take about a week, and the trial could last until Thanksgiving, prosecutors said this morning.""", [
  ("yesterday", "DATE", "2000-07-11", N),
  ("Sept. 18", "DATE", "2000-09-18", N),
  ("March 1999", "DATE", "1999-03", N),
  ("1994", "DATE", "1994", N),
  ("the summer of 1998", "DATE", "1998-SU", N),
  ("five-year", "DURATION", "P5Y", N),
  ("1997", "DATE", "1997", N),
  ("last night", "TIME", "2000-07-11TNI", N),
  ("next year", "DATE", "2001", N),
  ("the last six weeks", "DURATION", "P6W", N),
  ("September", "DATE", "2000-09", N),
  ("June 29", "DATE", "2000-06-29", N),
  ("last October", "DATE", "1999-10", N),
  ("the mid-1990's", "DATE", "199", "MID"),
  ("1996", "DATE", "1996", N),
  ("days", "DURATION", "PXD", N),
  ("yesterday", "DATE", "2000-07-11", N),
  ("1996", "DATE", "1996", N),
  ("every week", "SET", "P1W", N),
  ("two months", "DURATION", "P2M", N),
  ("the spring of 1997", "DATE", "1997-SP", N),
  ("that fall", "DATE", "1997-FA", N),
  ("up to 25 years", "DURATION", "P25Y", "EQUAL_OR_LESS"),
  ("about a week", "DURATION", "P1W", "APPROX"),
  ("Thanksgiving", "DATE", "2000-11-23", N),
  ("this morning", "TIME", "2000-07-12TMO", N),
], ""))

# 7. Xinhua -- state visit. DCT Sunday 1998-04-26.
CASES.append(("1998-04-26", """BEIJING, April 26 (Xinhua) -- Chinese President Jiang Zemin held talks here today with visiting Kazakh President Nursultan Nazarbayev, and the two leaders pledged to further expand cooperation in trade, energy and transportation.

Jiang said that since the establishment of diplomatic relations in January 1992, China and Kazakhstan have maintained frequent high-level contacts and the friendly and good-neighborly relations between the two countries have developed smoothly.

He recalled his state visit to Kazakhstan in July 1996, during which the two sides signed a joint declaration, and said the agreement on the eastern section of the border signed in April 1994 had laid a solid foundation for lasting stability in the border areas.

Nazarbayev, who arrived here on Saturday for a five-day state visit, said Kazakhstan attaches great importance to its relations with China and regards China as a reliable partner and a good neighbor.

According to Chinese statistics, bilateral trade reached 527 million U.S. dollars last year, up 14 percent over 1996. In the first quarter of this year, trade between the two countries totaled 118 million dollars, an increase of 9.6 percent over the same period last year.

Both leaders agreed that the two countries should make full use of their geographical advantages and complementary economies. Jiang said China supports the proposal for an oil pipeline from western Kazakhstan to China's Xinjiang Uygur Autonomous Region, and hoped the two sides could complete a feasibility study by the end of this year.

On the international situation, Jiang said the world is undergoing profound changes as the 20th century draws to a close. Maintaining peace and promoting development have become the common aspiration of the people of all countries, he said.

Nazarbayev briefed Jiang on Kazakhstan's decision to move its capital from Almaty to Akmola, which was completed late last year. He invited Jiang to visit the new capital at a convenient time, and Jiang accepted the invitation with pleasure.

Before the talks, Jiang presided over a grand welcoming ceremony for Nazarbayev at the Great Hall of the People. Chinese Premier Zhu Rongji will meet with Nazarbayev on Monday, and Vice-Premier Wu Bangguo will hold talks with him on economic cooperation Tuesday morning.

During his stay in China, Nazarbayev will also visit Shanghai and the Shenzhen Special Economic Zone. He is scheduled to leave for home on Wednesday.

This is Nazarbayev's third visit to China since 1993. The two heads of state also met in Shanghai in April 1996, when the leaders of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan signed an agreement on confidence-building in the military field in the border areas. The five countries will hold their third summit in Almaty in early July, sources said.

Chinese officials said the two sides are expected to sign several documents on Monday, including an agreement on the joint use and protection of cross-border rivers, which the two governments have been negotiating for nearly two years.""", [
  ("April 26", "DATE", "1998-04-26", N),
  ("today", "DATE", "1998-04-26", N),
  ("January 1992", "DATE", "1992-01", N),
  ("July 1996", "DATE", "1996-07", N),
  ("April 1994", "DATE", "1994-04", N),
  ("Saturday", "DATE", "1998-04-25", N),
  ("five-day", "DURATION", "P5D", N),
  ("last year", "DATE", "1997", N),
  ("1996", "DATE", "1996", N),
  ("the first quarter of this year", "DATE", "1998-Q1", N),
  ("the same period last year", "DATE", "1997", N),
  ("the end of this year", "DATE", "1998", "END"),
  ("the 20th century", "DATE", "19", N),
  ("late last year", "DATE", "1997", "END"),
  ("Monday", "DATE", "1998-04-27", N),
  ("Tuesday morning", "TIME", "1998-04-28TMO", N),
  ("Wednesday", "DATE", "1998-04-29", N),
  ("1993", "DATE", "1993", N),
  ("April 1996", "DATE", "1996-04", N),
  ("early July", "DATE", "1998-07", "START"),
  ("Monday", "DATE", "1998-04-27", N),
  ("nearly two years", "DURATION", "P2Y", "EQUAL_OR_LESS"),
], "D"))

# 8. Xinhua -- economic statistics. DCT Thursday 1999-07-15.
CASES.append(("1999-07-15", """BEIJING, July 15 (Xinhua) -- China's gross domestic product (GDP) grew 7.6 percent in the first half of this year, reaching 3.59 trillion yuan, the State Statistical Bureau announced here today.

The growth rate was 0.6 percentage points higher than in the same period last year, but slightly lower than the 8.3 percent registered in the first quarter, bureau spokesman Qiu Xiaohua told a press conference.

Qiu said the national economy maintained a momentum of steady growth in the first six months, thanks to the government's policy of expanding domestic demand by increasing investment in infrastructure, which was adopted early last year.

Industrial output rose 9.1 percent to 1.53 trillion yuan in the first half. In June alone, output increased 9.4 percent, up from 8.9 percent in May.

Fixed asset investment by state-owned units reached 564.8 billion yuan from January to June, up 20.1 percent, as the central government issued an additional 100 billion yuan of treasury bonds last year to finance roads, railways, water conservancy projects and urban infrastructure.

Retail sales of consumer goods grew 6.8 percent to 1.49 trillion yuan, while the general retail price level dropped 3.2 percent, continuing a decline that began in October 1997.

Foreign trade totaled 155.4 billion U.S. dollars in the first six months, up 4.5 percent. Exports fell 4.6 percent to 82.2 billion dollars, but the decline narrowed in May and June as demand in Southeast Asia recovered.

Urban residents' per capita disposable income rose 8.9 percent in real terms to 2,887 yuan, and the per capita cash income of rural residents rose 3.8 percent.

Qiu said the economy still faced difficulties, including weak consumer demand, sluggish exports and rising unemployment among workers laid off from state enterprises. He predicted that growth would slow somewhat in the third quarter but said the government's target of about 7 percent for 1999 could be met.

"The second half of this year will be crucial," Qiu said, adding that the State Council is expected to introduce new measures next month to boost consumption and exports, including higher wages for civil servants and increased export tax rebates.

China's GDP grew 7.8 percent in 1998, falling short of the 8 percent target set at the beginning of last year, as the Asian financial crisis and the severe floods along the Yangtze River last summer took their toll.

Economists said the government is determined to keep the economy growing at a reasonable rate in the remaining period of the Ninth Five-Year Plan (1996-2000), and to lay a solid foundation for the development of the national economy in the next century.

According to the bureau, the central bank has cut interest rates seven times since May 1996, most recently on June 10, in an effort to encourage spending. Savings deposits of urban and rural residents nevertheless rose to 5.8 trillion yuan by the end of June, up 17.6 percent from a year earlier.""", [
  ("July 15", "DATE", "1999-07-15", N),
  ("the first half of this year", "DATE", "1999-H1", N),
  ("today", "DATE", "1999-07-15", N),
  ("the same period last year", "DATE", "1998", N),
  ("the first quarter", "DATE", "1999-Q1", N),
  ("the first six months", "DURATION", "P6M", N),
  ("early last year", "DATE", "1998", "START"),
  ("the first half", "DATE", "1999-H1", N),
  ("June", "DATE", "1999-06", N),
  ("May", "DATE", "1999-05", N),
  ("January", "DATE", "1999-01", N),
  ("June", "DATE", "1999-06", N),
  ("last year", "DATE", "1998", N),
  ("October 1997", "DATE", "1997-10", N),
  ("the first six months", "DURATION", "P6M", N),
  ("May", "DATE", "1999-05", N),
  ("June", "DATE", "1999-06", N),
  ("the third quarter", "DATE", "1999-Q3", N),
  ("1999", "DATE", "1999", N),
  ("The second half of this year", "DATE", "1999-H2", N),
  ("next month", "DATE", "1999-08", N),
  ("1998", "DATE", "1998", N),
  ("the beginning of last year", "DATE", "1998", "START"),
  ("last summer", "DATE", "1998-SU", N),
  ("1996", "DATE", "1996", N),
  ("2000", "DATE", "2000", N),
  ("the next century", "DATE", "20", N),
  ("May 1996", "DATE", "1996-05", N),
  ("most recently", "DATE", "PAST_REF", N),
  ("June 10", "DATE", "1999-06-10", N),
  ("the end of June", "DATE", "1999-06", "END"),
  ("a year earlier", "DATE", "1998-06", N),
], "D"))

# 9. Xinhua -- flood. DCT Saturday 1998-08-08.
CASES.append(("1998-08-08", """HARBIN, August 8 (Xinhua) -- The water level of the Songhua River at Harbin, capital of northeast China's Heilongjiang Province, rose to 119.61 meters at 8:00 a.m. today, the highest level since 1957, according to the provincial flood control headquarters.

More than 200,000 soldiers and civilians have been working day and night since Wednesday to reinforce the dikes along the river, and the city government has ordered all factories near the riverbanks to stop production.

Meteorologists forecast that heavy rain will continue in the upper reaches of the Songhua and Nenjiang rivers over the next three days, and that the flood peak will reach Harbin around August 15.

Since late June, the Nenjiang River has seen three major flood peaks, inundating large tracts of farmland in Heilongjiang and neighboring Jilin Province and the Inner Mongolia Autonomous Region. The third peak, which arrived at Qiqihar on Tuesday night, was the largest since records began in 1932.

Meanwhile, along the Yangtze River in central China, the sixth flood peak of this summer passed Yichang in Hubei Province early this morning, and the water level at Shashi was expected to exceed 45 meters on Sunday, surpassing the 1954 record.

Vice-Premier Wen Jiabao, who arrived in Hubei on Friday, urged local officials to remain vigilant, saying that the flood-fighting situation along the Yangtze remained grim and the next 10 days would be a critical period.

Since June, floods have affected 29 provinces, autonomous regions and municipalities, killing more than 2,000 people and causing direct economic losses of about 160 billion yuan, according to the Ministry of Civil Affairs. The figure is expected to rise in the coming weeks.

The central government has allocated 1.2 billion yuan for flood relief so far this year, and the Ministry of Civil Affairs said it would send more tents, medicine and grain to the worst-hit areas by the end of this month.

Experts said the floods this year are the worst since 1954 in the Yangtze valley. They attributed the disaster partly to heavy deforestation in the upper reaches since the 1950s and the shrinking of lakes that once stored flood water.

In Jiujiang, Jiangxi Province, where a section of dike on the Yangtze burst on Friday afternoon, more than 20,000 soldiers were still working this evening to close the 60-meter breach. Local officials said the breach was expected to be sealed within 48 hours.

Chinese President Jiang Zemin said on Thursday that the flood-fighting effort must continue until final victory, and that reconstruction of the damaged dikes should begin as soon as the waters recede this autumn.""", [
  ("August 8", "DATE", "1998-08-08", N),
  ("8:00 a.m. today", "TIME", "1998-08-08T08:00", N),
  ("1957", "DATE", "1957", N),
  ("Wednesday", "DATE", "1998-08-05", N),
  ("the next three days", "DURATION", "P3D", N),
  ("around August 15", "DATE", "1998-08-15", "APPROX"),
  ("late June", "DATE", "1998-06", "END"),
  ("Tuesday night", "TIME", "1998-08-04TNI", N),
  ("1932", "DATE", "1932", N),
  ("this summer", "DATE", "1998-SU", N),
  ("early this morning", "TIME", "1998-08-08TMO", "START"),
  ("Sunday", "DATE", "1998-08-09", N),
  ("1954", "DATE", "1954", N),
  ("Friday", "DATE", "1998-08-07", N),
  ("the next 10 days", "DURATION", "P10D", N),
  ("June", "DATE", "1998-06", N),
  ("the coming weeks", "DURATION", "PXW", N),
  ("this year", "DATE", "1998", N),
  ("the end of this month", "DATE", "1998-08", "END"),
  ("this year", "DATE", "1998", N),
  ("1954", "DATE", "1954", N),
  ("the 1950s", "DATE", "195", N),
  ("Friday afternoon", "TIME", "1998-08-07TAF", N),
  ("this evening", "TIME", "1998-08-08TEV", N),
  ("48 hours", "DURATION", "PT48H", N),
  ("Thursday", "DATE", "1998-08-06", N),
  ("this autumn", "DATE", "1998-FA", N),
], "D"))

# 10. Xinhua -- conference. DCT Monday 2000-11-06.
CASES.append(("2000-11-06", """BEIJING, November 6 (Xinhua) -- A three-day international conference on the development of China's western region opened here this morning, with more than 400 officials, scholars and business executives from 25 countries and regions attending.

Addressing the opening session, Vice-Premier Wu Bangguo said the strategy of developing the western region, which the central government formally launched at the beginning of this year, is a major decision for China's modernization drive in the new century.

Wu said the western region, which covers 12 provinces, autonomous regions and municipalities and accounts for 71 percent of the country's territory, had lagged behind the eastern coastal areas since the introduction of the reform and opening-up policy in 1978. In 1999, the per capita GDP of the western region was only about 40 percent of that in the eastern region.

He said that in the first nine months of this year, the state had invested more than 100 billion yuan in key infrastructure projects in the west, including a natural gas pipeline from Xinjiang to Shanghai, power transmission lines and highways linking the region's provincial capitals.

Wu said that over the next 10 years, the government would concentrate on improving infrastructure and protecting the ecological environment, and that the western region should strive to narrow its gap with the east by the middle of the 21st century.

The Tenth Five-Year Plan (2001-2005), which will be submitted to the National People's Congress for approval next March, will give priority to the development of the western region, he said.

China first proposed the strategy in June 1999, and a State Council leading group on western development was set up in January this year. Since then, government departments have drawn up more than 70 preferential policies covering taxation, land use and foreign investment in the region.

Participants at the conference, which is co-sponsored by the State Development Planning Commission and the World Bank, will discuss issues including foreign investment, the development of tourism and the protection of water resources.

Speaking at the session, a World Bank vice-president said the bank had provided China with loans of more than 5 billion U.S. dollars for projects in the west since 1985, and would continue to support the region's poverty-reduction efforts in the coming years.

Officials from Sichuan, Shaanxi and Xinjiang briefed foreign participants on investment opportunities this afternoon. Shaanxi Governor Cheng Andong said his province had approved 123 foreign-funded projects between January and September, up 15 percent from a year earlier.

Western China's tourism industry earned 840 million U.S. dollars in foreign exchange last year, and officials expect the figure to double by 2005.

The conference will close on Wednesday with the adoption of a declaration on western development. Vice-President Hu Jintao is scheduled to meet with some of the foreign participants on Tuesday.""", [
  ("November 6", "DATE", "2000-11-06", N),
  ("three-day", "DURATION", "P3D", N),
  ("this morning", "TIME", "2000-11-06TMO", N),
  ("the beginning of this year", "DATE", "2000", "START"),
  ("the new century", "DATE", "20", N),
  ("1978", "DATE", "1978", N),
  ("1999", "DATE", "1999", N),
  ("the first nine months", "DURATION", "P9M", N),
  ("this year", "DATE", "2000", N),
  ("the next 10 years", "DURATION", "P10Y", N),
  ("the middle of the 21st century", "DATE", "20", "MID"),
  ("2001", "DATE", "2001", N),
  ("2005", "DATE", "2005", N),
  ("next March", "DATE", "2001-03", N),
  ("June 1999", "DATE", "1999-06", N),
  ("January this year", "DATE", "2000-01", N),
  ("1985", "DATE", "1985", N),
  ("the coming years", "DURATION", "PXY", N),
  ("this afternoon", "TIME", "2000-11-06TAF", N),
  ("January", "DATE", "2000-01", N),
  ("September", "DATE", "2000-09", N),
  ("a year earlier", "DATE", "1999", N),
  ("last year", "DATE", "1999", N),
  ("2005", "DATE", "2005", N),
  ("Wednesday", "DATE", "2000-11-08", N),
  ("Tuesday", "DATE", "2000-11-07", N),
], "D"))
