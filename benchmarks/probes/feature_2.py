add("1999-11-15", """The Giants scored 14 points in the fourth quarter to beat the Jets, 24-17, yesterday at Giants Stadium. Kerry
Collins, who was benched in the first half, threw two touchdown passes after halftime. The Jets, who reached the
A.F.C. championship game last season, have lost six of nine games this season. They play the Colts in Indianapolis on
Sunday.""", """
yesterday | DATE | 1999-11-14 | -
?last season | DATE | 1998 | -
?this season | DATE | 1999 | -
Sunday | DATE | 1999-11-21 | -
""")
add("2000-03-14", """Ewing scored 12 of his 20 points in the first half, and the Knicks held on to beat the Heat, 88-81, last night.
Miami cut the lead to three with 2:35 left, but Allan Houston hit two free throws. The Knicks have won five straight
games since the All-Star break in February.""", """
last night | TIME | 2000-03-13TNI | -
February | DATE | 2000-02 | -
""")
add("1999-03-17", """The Rangers beat the Flyers, 3-2, on Monday night on a goal by Adam Graves at 4:51 of overtime. It was the
Rangers' first victory in Philadelphia since 1997. The teams meet again on April 2 at Madison Square Garden.""", """
Monday night | TIME | 1999-03-15TNI | -
1997 | DATE | 1997 | -
April 2 | DATE | 1999-04-02 | -
""")
add("2000-04-28", """Smith was born on March 3, 1917, in Dayton, Ohio. He enlisted in the Army in June 1942, and in August he shipped
out to England. On June 6, 1944, he landed at Omaha Beach with the First Infantry Division. Two weeks later he was
wounded near Saint-Lo, and he spent the rest of the war in a hospital in Kent. He came home in December 1945 and married
his high school sweetheart on Valentine's Day the following year.""", """
March 3, 1917 | DATE | 1917-03-03 | -
June 1942 | DATE | 1942-06 | -
August | DATE | 1942-08 | -
June 6, 1944 | DATE | 1944-06-06 | -
Two weeks later | DATE | 1944-W25/1944-06-20 | -
December 1945 | DATE | 1945-12 | -
?Valentine's Day | DATE | 1946-02-14 | -
?the following year | DATE | 1946 | -
""")
add("1998-07-08", """The Federal Aviation Administration said yesterday that it had found no evidence of a bomb aboard T.W.A. Flight
800, which exploded off Long Island at 8:19 p.m. on July 17, 1996, killing all 230 people aboard. The agency has spent
more than $30 million on the investigation over the past two years. Its final report is expected early next year.""", """
yesterday | DATE | 1998-07-07 | -
8:19 p.m. | TIME | 1996-07-17T20:19 | -
July 17, 1996 | DATE | 1996-07-17 | -
the past two years | DURATION | P2Y | -
early next year | DATE | 1999 | START
""")
add("1999-06-30", """The Russell 2000 index of smaller companies rose 4.61 points, to 457.68, and the Nasdaq 100 gained 1.2 percent.
Among the day's biggest gainers was Xerox, whose Model 1800 copier has been a best seller since it was introduced last
fall. Trading was heavy, with 1.1 billion shares changing hands on the New York Stock Exchange.""", """
?the day | DATE | 1999-06-30 | -
last fall | DATE | 1998-FA | -
""")
add("1998-05-29", """The lawsuit, filed under Section 1983 of the federal civil rights law, contends that officers beat the man in a
stairwell in the 1900 block of Amsterdam Avenue on the night of Jan. 3. The city's lawyers have until June 15 to
respond. The officers have been on desk duty since February.""", """
the night of Jan. 3 || Jan. 3 | TIME/DATE | 1998-01-03TNI/1998-01-03 | -
June 15 | DATE | 1998-06-15 | -
February | DATE | 1998-02 | -
""")
add("1999-03-17", """Talks between the city and the transit workers' union resume Monday, and a mediator said yesterday that he
expected a settlement before the contract expires. The meeting is on Thursday at the offices of the Metropolitan
Transportation Authority, the union said. The current contract, signed in 1996, runs through the end of the month.""", """
Monday | DATE | 1999-03-22 | -
yesterday | DATE | 1999-03-16 | -
Thursday | DATE | 1999-03-18 | -
1996 | DATE | 1996 | -
the end of the month | DATE | 1999-03 | END
""")
add("1998-02-13", """Sales of winter coats have been sluggish since the fall, retailers said, because of the unusually mild weather.
The season's first significant snowfall did not come until late January. Last year, by contrast, stores had sold out
of many styles by Christmas.""", """
the fall | DATE | 1997-FA | -
?The season | DATE | 1998-WI/1997-WI | -
late January | DATE | 1998-01 | END
Last year | DATE | 1997 | -
Christmas | DATE | 1997-12-25 | -
""")
add("2000-12-15", """Last Christmas, the store's sales fell for the first time in a decade. This year, its owners are hoping for
better: they have extended holiday hours and, for the first time since 1994, will stay open until midnight on Christmas
Eve. On New Year's Day, the store's founder, now 91, announced that he would retire.""", """
Last Christmas | DATE | 1999-12-25 | -
a decade | DURATION | P10Y/P1DE | -
This year | DATE | 2000 | -
1994 | DATE | 1994 | -
?midnight on Christmas Eve || midnight | TIME | 2000-12-24T24:00/2000-12-25T00:00 | *
?Christmas Eve | DATE | 2000-12-24 | -
New Year's Day | DATE | 2000-01-01 | -
?now | DATE | PRESENT_REF | -
""")
add("1999-06-30", """In the 60's and 70's, the neighborhood was a haven for artists, who paid as little as $100 a month for lofts.
By the end of the decade, most had been priced out. Over the past decade, the average rent has tripled, and in the past
year alone, it rose 14 percent.""", """
the 60's | DATE | 196 | -
70's | DATE | 197 | -
?a month | SET | P1M | -
the end of the decade | DATE | 197 | END
the past decade | DURATION | P10Y/P1DE | -
the past year | DURATION | P1Y | -
""")
add("1999-12-20", """The firm was founded in the late 1800s by a German immigrant who sold dry goods from a pushcart. For more than half
a century, it was run by his descendants. The company, which went public in 1986, said yesterday that it expected to
report a loss for the third quarter of fiscal 1999, which ended Oct. 31.""", """
the late 1800s | DATE | 18 | END
more than half a century | DURATION | P50Y | MORE_THAN
1986 | DATE | 1986 | -
yesterday | DATE | 1999-12-19 | -
the third quarter of fiscal 1999 | DATE | FY1999-Q3/1999-Q3 | -
Oct. 31 | DATE | 1999-10-31 | -
""")
add("1998-11-19", """The paper, which has published daily except Sundays since 1887, will cut back to three days a week beginning in
January. Its owners said the paper had lost money in every year but one since 1990. Subscribers will receive refunds
within 30 days.""", """
?daily | SET | P1D | -
?Sundays | SET | XXXX-WXX-7 | -
1887 | DATE | 1887 | -
three days a week | SET | P1W | *
January | DATE | 1999-01 | -
?every year | SET | P1Y | -
1990 | DATE | 1990 | -
30 days | DURATION | P30D | -
""")
add("1999-08-03", """Con Edison officials said the transformer failed at 3 o'clock this afternoon, less than a day after crews had
finished repairs. Power to most of the area was restored by early this evening. The utility said it would inspect every
substation in the borough over the next two weeks.""", """
3 o'clock this afternoon | TIME | 1999-08-03T15:00 | -
?less than a day || a day | DURATION | P1D | *
early this evening | TIME | 1999-08-03TEV | *
the next two weeks | DURATION | P2W | -
""")
