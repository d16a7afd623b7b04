# Gold format per line: "text || alt_text | TYPE | v1/v2 | MOD"  ; leading "?" = optional (debatable)
# MOD: "-" = None, "*" = don't care
P = []
def add(dct, text, gold):
    P.append(dict(dct=dct, text=" ".join(text.split()), gold=[g.strip() for g in gold.strip().splitlines() if g.strip()]))

add("1998-08-14", """Harold J. Weller, a jazz pianist who played with Duke Ellington in the 1950s and later taught at the
Juilliard School, died on Wednesday at his home in Manhattan. He was 81. Mr. Weller was born in Chicago on March 3, 1917,
and began playing piano at the age of 6. In 1941, he moved to New York, and two years later he joined the Ellington band.
He left the band in 1959 and spent the next three decades teaching. He is survived by his wife of 52 years, the former
Ruth Adler; two sons; and four grandchildren.""", """
the 1950s | DATE | 195 | -
Wednesday | DATE | 1998-08-12 | -
March 3, 1917 | DATE | 1917-03-03 | -
?the age of 6 | DURATION | P6Y | *
1941 | DATE | 1941 | -
two years later | DATE | 1943 | -
1959 | DATE | 1959 | -
the next three decades | DURATION | P30Y/P3DE | -
52 years | DURATION | P52Y | -
""")

add("1998-10-02", """Stocks fell sharply yesterday as worries about the global economy deepened, erasing most of the gains of
the week. The Dow Jones industrial average dropped 210.09 points, or 2.7 percent, to 7,632.53, its lowest close since
Sept. 10. The Nasdaq composite index fell 35.18, to 1,614.97. On Wednesday, the Federal Reserve had cut short-term
interest rates by a quarter of a percentage point, to 5.25 percent, the first reduction in nearly three years. Analysts
said the market could remain volatile through the end of the year.""", """
yesterday | DATE | 1998-10-01 | -
?the week | DATE | 1998-W40 | -
Sept. 10 | DATE | 1998-09-10 | -
Wednesday | DATE | 1998-09-30 | -
nearly three years | DURATION | P3Y | LESS_THAN/APPROX
the end of the year | DATE | 1998 | END
""")

add("1999-10-28", """The Yankees won their 25th World Series championship last night, sweeping the Atlanta Braves with a 4-1
victory at Yankee Stadium. It was the team's second straight title and its third in four years. Roger Clemens, who had
waited 15 seasons for a championship, allowed one run in seven and two-thirds innings. This season, the Yankees won 98
games, and Manager Joe Torre, who missed part of spring training after being treated for prostate cancer in March, said
the title was the most satisfying of his career. The Yankees will hold a parade on Friday in lower Manhattan.""", """
last night | TIME | 1999-10-27TNI | -
four years | DURATION | P4Y | -
?15 seasons | DURATION | P15Y | -
?This season | DATE | 1999/PRESENT_REF | -
March | DATE | 1999-03 | -
Friday | DATE | 1999-10-29 | -
""")

add("1999-02-26", """Microsoft said on Thursday that Windows 2000, the long-delayed successor to Windows NT 4.0, would not
ship until late this year. The company had originally promised the software for 1997. In the quarter that ended Dec. 31,
Microsoft earned $1.98 billion, or 75 cents a share, up 75 percent from the period a year earlier. Bill Gates, the
company's chairman, said Microsoft would spend about $3 billion on research in fiscal 1999, which ends June 30.""", """
Thursday | DATE | 1999-02-25 | -
late this year | DATE | 1999 | END
1997 | DATE | 1997 | -
?the quarter | DATE | 1998-Q4 | -
Dec. 31 | DATE | 1998-12-31 | -
?a year earlier | DATE | 1997-Q4/1997/1997-12-31 | -
?fiscal 1999 | DATE | FY1999/1999 | -
June 30 | DATE | 1999-06-30 | -
""")

add("2000-03-14", """A federal judge in Manhattan yesterday sentenced a former stockbroker to 12 years in prison for his role in
a scheme that defrauded investors of $40 million between 1993 and 1997. The defendant, Michael R. Castellano, 44, of
Staten Island, was convicted in November after a six-week trial. Judge Kimba M. Wood ordered him to surrender by April
15. Prosecutors said the scheme had operated out of an office at 375 Park Avenue for more than four years.""", """
yesterday | DATE | 2000-03-13 | -
12 years | DURATION | P12Y | -
1993 | DATE | 1993 | -
1997 | DATE | 1997 | -
November | DATE | 1999-11 | -
six-week | DURATION | P6W | -
April 15 | DATE | 2000-04-15 | -
more than four years | DURATION | P4Y | MORE_THAN
""")

add("1999-07-16", """When the Brooklyn Academy of Music opened its Next Wave Festival in 1983, few people expected it to last the
decade. Sixteen years later, the festival is a fixture of the autumn calendar. This fall's lineup, announced on Tuesday,
includes a revival of Robert Wilson's "Einstein on the Beach," first performed in 1976. The festival runs from Oct. 5
through Dec. 12, with performances most evenings at 7:30.""", """
1983 | DATE | 1983 | -
?the decade | DATE | 198 | -
Sixteen years later | DATE | 1999 | -
?autumn | DATE | XXXX-FA | -
This fall | DATE | 1999-FA | -
Tuesday | DATE | 1999-07-13 | -
1976 | DATE | 1976 | -
Oct. 5 | DATE | 1999-10-05 | -
Dec. 12 | DATE | 1999-12-12 | -
?most evenings | SET | XXXX-XX-XXTEV | -
?7:30 | TIME | XXXX-XX-XXT19:30 | -
""")

add("1998-11-19", """The House Judiciary Committee opened its impeachment inquiry today with testimony from Kenneth W. Starr,
the independent counsel, who spent more than two hours defending his four-year investigation of President Clinton.
Republicans hope to finish the hearings before Christmas, while Democrats have called for a vote by the end of the month.
Mr. Starr, who was appointed in August 1994, told the committee that his office had interviewed more than 100 witnesses
since January. It was the first time an independent counsel had testified before the committee in 24 years.""", """
today | DATE | 1998-11-19 | -
more than two hours | DURATION | PT2H | MORE_THAN
four-year | DURATION | P4Y | -
Christmas | DATE | 1998-12-25 | -
the end of the month | DATE | 1998-11 | END
August 1994 | DATE | 1994-08 | -
January | DATE | 1998-01 | -
24 years | DURATION | P24Y | -
""")

add("2000-05-11", """Ms. Alvarez grew up in San Antonio in the 1960s, the daughter of a mail carrier. She graduated from the
University of Texas in 1975 and spent the next decade as a public defender. In 1986, she ran for the state legislature
and lost. Four years later, she won. By the mid-1990s she was considered a rising star in the party, and last year she
was elected mayor. On her 50th birthday, in February, she announced that she would seek a second term.""", """
the 1960s | DATE | 196 | -
1975 | DATE | 1975 | -
the next decade | DURATION | P10Y/P1DE | -
1986 | DATE | 1986 | -
Four years later | DATE | 1990 | -
the mid-1990s | DATE | 199 | MID
last year | DATE | 1999 | -
?her 50th birthday | DATE | 2000-02 | -
February | DATE | 2000-02 | -
""")

add("1999-05-24", """Bond prices rose on Friday after a report showed that consumer prices were unchanged in April, easing fears
that the Federal Reserve would raise rates at its meeting next month. The yield on the 30-year Treasury bond, which moves
in the opposite direction from its price, fell to 5.71 percent from 5.78 percent on Thursday. For the week, the yield was
down slightly. Traders said the market would focus this week on a report on the gross domestic product for the first
quarter, due out Thursday.""", """
Friday | DATE | 1999-05-21 | -
April | DATE | 1999-04 | -
next month | DATE | 1999-06 | -
?30-year | DURATION | P30Y | -
Thursday | DATE | 1999-05-20 | -
?the week | DATE | 1999-W20 | -
this week | DATE | 1999-W21 | -
the first quarter | DATE | 1999-Q1 | -
Thursday | DATE | 1999-05-27 | -
""")

add("2000-02-18", """Grant Hill scored 32 points and the Detroit Pistons beat the Knicks, 101-95, last night at Madison Square
Garden. The Knicks, who had won eight of their previous 10 games, fell to 31-20. Hill, who missed three games last week
with a sprained ankle, played 44 minutes. The teams meet again on March 12 in Auburn Hills. It was the Pistons' first
victory at the Garden since 1997.""", """
last night | TIME | 2000-02-17TNI | -
last week | DATE | 2000-W06 | -
44 minutes | DURATION | PT44M | -
March 12 | DATE | 2000-03-12 | -
1997 | DATE | 1997 | -
""")

add("1999-12-20", """Rosa Lindqvist, a Swedish-born soprano who sang more than 400 performances at the Metropolitan Opera over
three decades, died on Saturday in Stockholm. She was 88. Born in Uppsala in 1911, she made her debut there at 19 and
came to the Met in 1946, at the end of World War II. She retired in 1977 but continued to teach until the early 1990s. A
memorial service will be held in New York next month.""", """
three decades | DURATION | P30Y/P3DE | -
Saturday | DATE | 1999-12-18 | -
1911 | DATE | 1911 | -
1946 | DATE | 1946 | -
1977 | DATE | 1977 | -
the early 1990s | DATE | 199 | START
next month | DATE | 2000-01 | -
""")

add("2000-07-19", """I.B.M. reported yesterday that its second-quarter profit rose 9 percent, to $2.09 billion, beating Wall
Street's expectations for the first time in three quarters. Revenue for the three months ended June 30 was $21.7
billion, up from $20.1 billion in the period a year ago. Shares of I.B.M. rose $4.25, to $112.50, in after-hours
trading. The company said it expected sales of its mainframe computers to pick up in the second half of the year.""", """
yesterday | DATE | 2000-07-18 | -
second-quarter | DATE | 2000-Q2 | -
three quarters | DURATION | P3Q/P9M | -
the three months || three months | DURATION | P3M | -
June 30 | DATE | 2000-06-30 | -
?a year ago | DATE | 1999-Q2/1999/1999-07-18 | -
the second half of the year | DATE | 2000-H2 | -
""")

add("2000-10-13", """Vice President Al Gore arrived in Florida on Tuesday and spent the next two days campaigning in retirement
communities along the Gulf Coast. Mr. Gore has visited Florida 11 times this year, more than any other state except
California. He first campaigned there in March. The next day, his aides said, he would fly to Michigan. They said he
would return before the Nov. 7 election.""", """
Tuesday | DATE | 2000-10-10 | -
the next two days | DURATION | P2D | -
this year | DATE | 2000 | -
March | DATE | 2000-03 | -
?The next day | DATE | 2000-03-02/2000-10-14 | -
Nov. 7 | DATE | 2000-11-07 | -
""")

add("1999-03-17", """The show, which opens Friday at the Whitney, surveys American painting from the '50s through the '70s, when
New York replaced Paris as the capital of the art world. Its centerpiece is a room of Rothko canvases from 1957 to 1969.
The exhibition closes June 6 and then travels to Los Angeles, where it will be on view through the end of the year.""", """
Friday | DATE | 1999-03-19 | -
the '50s | DATE | 195 | -
the '70s | DATE | 197 | -
1957 | DATE | 1957 | -
1969 | DATE | 1969 | -
June 6 | DATE | 1999-06-06 | -
the end of the year | DATE | 1999 | END
""")

add("1999-11-05", """With less than two months to go before the millennium, New York City officials said yesterday that they were
ready for any computer problems that might arise on Jan. 1. The city has spent $250 million since 1996 fixing its
systems for the year 2000 problem. Mayor Rudolph W. Giuliani said that he would spend New Year's Eve at the city's
emergency command center, and that the police would work 12-hour shifts through the holiday weekend.""", """
less than two months | DURATION | P2M | LESS_THAN
?the millennium | DATE | 2000/2000-01-01/3 | -
yesterday | DATE | 1999-11-04 | -
Jan. 1 | DATE | 2000-01-01 | -
1996 | DATE | 1996 | -
?the year 2000 | DATE | 2000 | -
New Year's Eve | DATE | 1999-12-31 | -
12-hour | DURATION | PT12H | -
?the holiday weekend | DATE | 1999-W52-WE | -
""")

add("1998-09-23", """When classes began this month, more than 1.1 million students returned to the city's public schools, about
20,000 more than last year. The Board of Education said yesterday that enrollment had risen every year since 1990.
Schools Chancellor Rudy Crew said that by the 2000-2001 school year, the system would need at least 60 new buildings.
The board will vote on the plan on Oct. 14.""", """
this month | DATE | 1998-09 | -
last year | DATE | 1997 | -
yesterday | DATE | 1998-09-22 | -
every year | SET | P1Y | -
1990 | DATE | 1990 | -
?the 2000-2001 school year | DATE | 2000/2001 | -
Oct. 14 | DATE | 1998-10-14 | -
""")

add("1998-09-28", """Mark McGwire hit his 69th and 70th home runs yesterday, finishing the season with a record that few expect to
see broken in their lifetimes. McGwire broke Roger Maris's mark of 61, which had stood since 1961, on Sept. 8. Sammy
Sosa, who finished with 66, will lead the Cubs into a one-game playoff against the Giants tonight. The Cardinals, who
finished 19 games out, open next season on March 31 against the Padres.""", """
yesterday | DATE | 1998-09-27 | -
?the season | DATE | 1998 | -
1961 | DATE | 1961 | -
Sept. 8 | DATE | 1998-09-08 | -
tonight | TIME | 1998-09-28TNI | -
?next season | DATE | 1999 | -
March 31 | DATE | 1999-03-31 | -
""")

add("1999-04-09", """The case began on the night of June 12, 1994, when Nicole Brown Simpson and Ronald L. Goldman were found
stabbed to death outside her condominium in Brentwood. Five days later, O. J. Simpson was arrested after a low-speed
chase on the freeways of Los Angeles. His criminal trial lasted nine months and ended in October 1995 with his
acquittal. Sixteen months after that, a civil jury found him liable.""", """
the night of June 12, 1994 || June 12, 1994 | TIME/DATE | 1994-06-12TNI/1994-06-12 | -
Five days later | DATE | 1994-06-17 | -
nine months | DURATION | P9M | -
October 1995 | DATE | 1995-10 | -
Sixteen months after that | DATE | 1997-02 | -
""")

add("2000-04-17", """Stocks rebounded strongly today, recovering much of the ground lost in Friday's record plunge. The Nasdaq
composite index, which fell 9.7 percent on Friday, rose 217.87 points, or 6.6 percent, to 3,539.16. The Dow gained
276.74 points. Despite today's gains, the Nasdaq remains down more than 30 percent from its peak of 5,048.62 on March 10.
Investors will be watching closely on Thursday, when the government reports first-quarter economic growth.""", """
today | DATE | 2000-04-17 | -
Friday | DATE | 2000-04-14 | -
Friday | DATE | 2000-04-14 | -
today | DATE | 2000-04-17 | -
March 10 | DATE | 2000-03-10 | -
Thursday | DATE | 2000-04-20 | -
first-quarter | DATE | 2000-Q1 | -
""")

add("2000-06-02", """For 30 years, the Rev. Thomas Kiley has said Mass every Sunday at St. Brigid's on Avenue B. Twice a year, at
Easter and Christmas, the church is full. The rest of the time, he said, perhaps 40 people come. The archdiocese
announced on Wednesday that the church would close at the end of June.""", """
30 years | DURATION | P30Y | -
every Sunday | SET | XXXX-WXX-7 | -
Twice a year | SET | P1Y | -
?Easter | DATE | XXXX-XX-XX | -
?Christmas | DATE | XXXX-12-25 | -
Wednesday | DATE | 2000-05-31 | -
the end of June | DATE | 2000-06 | END
""")

add("1998-05-29", """Frank Sinatra, whose voice defined American popular song for more than half a century, died on May 14 in
Los Angeles. He was 82. Born in Hoboken, N.J., on Dec. 12, 1915, he was singing with the Harry James band by 1939. His
career faltered in the early 1950s, but his Oscar-winning role in "From Here to Eternity" in 1953 revived it. In the
1960s, he recorded for his own label, Reprise.""", """
more than half a century | DURATION | P50Y | MORE_THAN
May 14 | DATE | 1998-05-14 | -
Dec. 12, 1915 | DATE | 1915-12-12 | -
1939 | DATE | 1939 | -
the early 1950s | DATE | 195 | START
1953 | DATE | 1953 | -
the 1960s | DATE | 196 | -
""")

add("1999-01-12", """The Senate will begin the trial of President Clinton on Thursday, its first impeachment trial of a president
since 1868. Senate leaders said yesterday that they hoped to conclude the proceedings by the middle of February, in time
for the chamber to turn to budget matters before the Presidents' Day recess. Each side will have 24 hours to present its
case. The Chief Justice will preside six days a week.""", """
Thursday | DATE | 1999-01-14 | -
1868 | DATE | 1868 | -
yesterday | DATE | 1999-01-11 | -
the middle of February | DATE | 1999-02 | MID
?Presidents' Day | DATE | 1999-02-15 | -
24 hours | DURATION | PT24H | -
six days a week | SET | P1W | *
""")

add("2000-09-07", """The company, which employs 2,000 people at its plant on Route 9, said it would cut 350 jobs by 2002. Its chief
executive, Paul Hennessey, 57, said the cuts would save $45 million a year. The stock, which traded at $80 in 1998,
closed yesterday at $21.50. The company's best-selling product, the Model 1900 copier, was introduced in 1994 and has
sold 1.2 million units.""", """
2002 | DATE | 2002 | -
?a year | SET | P1Y | -
1998 | DATE | 1998 | -
yesterday | DATE | 2000-09-06 | -
1994 | DATE | 1994 | -
""")

add("1998-03-06", """Last summer, the museum drew record crowds to its Impressionist show. This spring, it is betting on something
less familiar: a survey of Dutch still-life painting from the 17th century. The show opens April 2 and runs through the
summer. The museum's director, who took the job in the fall of 1995, said attendance had doubled in three years.""", """
Last summer | DATE | 1997-SU | -
This spring | DATE | 1998-SP | -
the 17th century | DATE | 16 | -
April 2 | DATE | 1998-04-02 | -
the summer | DATE | 1998-SU | -
the fall of 1995 | DATE | 1995-FA | -
three years | DURATION | P3Y | -
""")

add("1999-08-03", """The blackout began at 4:12 p.m. yesterday, when a transformer failed at a substation in Washington Heights.
Power was not restored until 11 this morning, nearly 19 hours later. Con Edison officials said at a news conference this
afternoon that the outage had affected 68,000 customers. It was the utility's worst failure since the summer of 1977.""", """
4:12 p.m. yesterday | TIME | 1999-08-02T16:12 | -
11 this morning | TIME | 1999-08-03T11:00 | -
?nearly 19 hours later || 19 hours || nearly 19 hours | DURATION/TIME | PT19H/1999-08-03T11:00 | *
this afternoon | TIME | 1999-08-03TAF | -
the summer of 1977 | DATE | 1977-SU | -
""")

add("2000-11-08", """The town was founded in 1783 by veterans of the Revolutionary War. For most of the 19th century it prospered
as a mill town, but by the 1920s the mills had closed. After World War II, the town became a bedroom community for
commuters. Today it has about 12,000 residents, up from 8,500 in 1980.""", """
1783 | DATE | 1783 | -
the 19th century || most of the 19th century | DATE | 18 | *
the 1920s | DATE | 192 | -
Today | DATE | PRESENT_REF/2000-11-08 | -
1980 | DATE | 1980 | -
""")

add("1998-04-21", """Citicorp said today that its first-quarter earnings rose 12 percent, the latest in a string of strong results
from the nation's big banks. Net income for the quarter was $1.01 billion, compared with $901 million in the first
quarter of 1997. Earlier this month, Citicorp agreed to merge with Travelers Group in a deal valued at $70 billion, the
largest corporate merger ever. The companies expect to complete the deal by the end of the third quarter.""", """
today | DATE | 1998-04-21 | -
first-quarter | DATE | 1998-Q1 | -
the quarter | DATE | 1998-Q1 | -
the first quarter of 1997 | DATE | 1997-Q1 | -
Earlier this month || this month | DATE | 1998-04 | *
the end of the third quarter | DATE | 1998-Q3 | END
""")

add("1999-06-30", """The paper, which publishes daily except Sundays, has lost money every year since 1994. Its owners said on
Monday that they would cut publication to three days a week beginning in September. Circulation, which peaked at
240,000 in the 1980s, has fallen to about 60,000.""", """
?daily | SET | P1D | -
?Sundays | SET | XXXX-WXX-7 | -
every year | SET | P1Y | -
1994 | DATE | 1994 | -
Monday | DATE | 1999-06-28 | -
three days a week | SET | P1W | *
September | DATE | 1999-09 | -
the 1980s | DATE | 198 | -
""")

add("2000-01-04", """Tiger Woods, who won eight PGA Tour events in 1999, will begin the new season this week at the Mercedes
Championships in Hawaii. Woods, 24, has won his last four tournaments, dating to August. He has not lost a tournament
he led after 54 holes since 1997. The event begins Thursday.""", """
1999 | DATE | 1999 | -
?the new season | DATE | 2000 | -
this week | DATE | 2000-W01 | -
August | DATE | 1999-08 | -
1997 | DATE | 1997 | -
Thursday | DATE | 2000-01-06 | -
""")

add("1999-12-31", """As the year draws to a close, the city is preparing for the last New Year's Eve celebration of the century,
or so many people believe. Purists insist that the 21st century will not begin until Jan. 1, 2001. Either way, tonight's
ball drop in Times Square is expected to draw 500,000 people. The ball, first lowered in 1907, weighs 1,070 pounds.""", """
the year | DATE | 1999 | -
?New Year's Eve | DATE | 1999-12-31 | -
?the century | DATE | 19 | -
the 21st century | DATE | 20 | -
Jan. 1, 2001 | DATE | 2001-01-01 | -
tonight | TIME | 1999-12-31TNI | -
1907 | DATE | 1907 | -
""")

add("2000-08-25", """The building, erected at the turn of the century as a warehouse for a coffee importer, was converted into
lofts in 1982. Its new owners, who bought it last month for $31 million, plan to add four floors by 2002. Residents,
some of whom have lived there for nearly two decades, said they learned of the sale in a letter dated Aug. 3.""", """
?the turn of the century | DATE | 19/1900/190 | *
1982 | DATE | 1982 | -
last month | DATE | 2000-07 | -
2002 | DATE | 2002 | -
nearly two decades | DURATION | P20Y/P2DE | LESS_THAN/APPROX
Aug. 3 | DATE | 2000-08-03 | -
""")

add("1998-06-15", """The Supreme Court agreed today to decide whether the Americans with Disabilities Act protects people infected
with H.I.V. The Court will hear arguments in the case in the fall, with a decision expected by next June. Last week,
the justices struck down the line-item veto, which Congress had given the President in 1996. The Court's term ends in
about two weeks.""", """
today | DATE | 1998-06-15 | -
the fall | DATE | 1998-FA | -
next June | DATE | 1999-06 | -
Last week | DATE | 1998-W24 | -
1996 | DATE | 1996 | -
about two weeks | DURATION | P2W | APPROX
""")

add("1999-09-10", """Over the past decade, the number of Americans who work from home has more than doubled. In the past, such
workers were mostly self-employed; now many are employees of large companies. Analysts expect the trend to continue in
the coming years. A survey released on Wednesday found that 19 percent of workers telecommute at least once a week.""", """
the past decade | DURATION | P10Y/P1DE | -
the past | DATE | PAST_REF | -
now | DATE | PRESENT_REF | -
?the coming years | DURATION/DATE | PXY/FUTURE_REF | -
Wednesday | DATE | 1999-09-08 | -
once a week || at least once a week | SET | P1W | *
""")

add("2000-12-15", """Sonia Petrova turned 100 on Tuesday, and she celebrated the way she has every birthday since 1940: with a
glass of vodka and a phone call to her sister in Moscow. Mrs. Petrova came to the United States in 1921 at the age of
21. She worked as a seamstress for 45 years and retired in 1966. Her sister, who is 96, still lives in the apartment
where they grew up.""", """
Tuesday | DATE | 2000-12-12 | -
?every birthday | SET | P1Y | -
1940 | DATE | 1940 | -
1921 | DATE | 1921 | -
?the age of 21 | DURATION | P21Y | -
45 years | DURATION | P45Y | -
1966 | DATE | 1966 | -
""")

add("1998-10-30", """The Federal Reserve's policy-making committee will meet on Tuesday, Nov. 17, and many economists expect another
cut in interest rates. The committee has lowered rates twice since late September. The central bank's chairman, Alan
Greenspan, said in a speech on Oct. 15 that the financial markets had been unusually turbulent in recent weeks. Mortgage
rates have fallen to their lowest level in 30 years.""", """
Tuesday, Nov. 17 | DATE | 1998-11-17 | -
late September | DATE | 1998-09 | END
Oct. 15 | DATE | 1998-10-15 | -
?recent weeks | DURATION/DATE | PXW/PAST_REF | -
30 years | DURATION | P30Y | -
""")

add("2000-11-08", """With the presidential race too close to call early this morning, both candidates told supporters to wait. At
2:16 a.m., the networks declared Gov. George W. Bush the winner in Florida, only to retract the call less than two hours
later. Election officials said a recount would begin tomorrow and could take a week. It was the closest presidential
election since 1960.""", """
early this morning | TIME | 2000-11-08TMO | *
2:16 a.m. | TIME | 2000-11-08T02:16 | -
?less than two hours later || two hours later || less than two hours | TIME/DURATION | 2000-11-08T04:16/PT2H | *
tomorrow | DATE | 2000-11-09 | -
a week | DURATION | P1W | -
1960 | DATE | 1960 | -
""")

add("2000-04-28", """In the spring of 1968, Martin Luther King Jr. came to Memphis to support striking sanitation workers. On April
3, he delivered his final speech at the Mason Temple. He was shot the next evening on the balcony of the Lorraine Motel.
That summer, riots broke out in more than 100 cities. The motel is now the National Civil Rights Museum, which opened in
1991.""", """
the spring of 1968 | DATE | 1968-SP | -
April 3 | DATE | 1968-04-03 | -
the next evening | TIME | 1968-04-04TEV | -
That summer | DATE | 1968-SU | -
now | DATE | PRESENT_REF | -
1991 | DATE | 1991 | -
""")

add("1998-07-08", """From 1992 to 1996, the company's sales grew at an annual rate of 18 percent. But in the last two years, growth
has slowed to less than 5 percent. The company will report second-quarter results on July 21. Its fiscal year ends in
September.""", """
1992 | DATE | 1992 | -
1996 | DATE | 1996 | -
?annual | SET | P1Y | -
the last two years | DURATION | P2Y | -
second-quarter | DATE | 1998-Q2 | -
July 21 | DATE | 1998-07-21 | -
?Its fiscal year | DATE | FY1998/1998 | -
September | DATE | 1998-09 | -
""")

add("1998-02-13", """Tara Lipinski, 15, will skate her short program on Wednesday night in Nagano, two days after Michelle Kwan.
Lipinski, who won the world championship last March, became the youngest national champion in history in 1997. The
women's free skate is scheduled for Feb. 20. Kwan, who has trained for four years for these Games, has not lost a major
competition since the fall.""", """
Wednesday night | TIME | 1998-02-18TNI | -
?two days after || two days | DATE/DURATION | 1998-02-16/P2D | *
last March | DATE | 1997-03 | -
1997 | DATE | 1997 | -
Feb. 20 | DATE | 1998-02-20 | -
four years | DURATION | P4Y | -
the fall | DATE | 1997-FA | -
""")

add("2000-02-18", """The farmers' market, which operates on Wednesdays and Saturdays from 8 a.m. to 6 p.m., has grown from a dozen
stands in 1976 to more than 70 today. In the winter, the number drops to about 25. Each morning, before dawn, trucks
arrive from farms as far as 200 miles away.""", """
Wednesdays | SET | XXXX-WXX-3 | -
Saturdays | SET | XXXX-WXX-6 | -
?8 a.m. | TIME | XXXX-XX-XXT08:00 | -
?6 p.m. | TIME | XXXX-XX-XXT18:00 | -
1976 | DATE | 1976 | -
today | DATE | PRESENT_REF/2000-02-18 | -
?the winter | DATE | XXXX-WI | -
?Each morning | SET | XXXX-XX-XXTMO | -
?dawn | TIME | XXXX-XX-XXTMO | -
""")

add("1999-11-05", """Two weeks ago, the company's chief executive said it was on track to meet its targets for the year. On
Wednesday, it warned that fourth-quarter earnings would fall short. A year ago, the stock traded at $60; it closed last
night at $14.""", """
Two weeks ago | DATE | 1999-W42/1999-10-22 | -
the year | DATE | 1999 | -
Wednesday | DATE | 1999-11-03 | -
fourth-quarter | DATE | 1999-Q4 | -
A year ago | DATE | 1998-11-05/1998-11/1998 | -
last night | TIME | 1999-11-04TNI | -
""")

add("1998-07-08", """The National Basketball Association's owners imposed a lockout at 12:01 a.m. on July 1, the first work
stoppage in the league's 51-year history. No talks are scheduled, and the start of the 1998-99 season, set for Nov. 3,
is in jeopardy. Training camps usually open in early October.""", """
12:01 a.m. on July 1 || 12:01 a.m. | TIME | 1998-07-01T00:01 | -
?July 1 | DATE | 1998-07-01 | -
51-year | DURATION | P51Y | -
?the 1998-99 season | DATE | 1998/1999 | -
Nov. 3 | DATE | 1998-11-03 | -
early October | DATE | 1998-10 | START
""")

add("1999-09-10", """Forecasters said the storm could reach the Carolinas by Sunday night. This weekend's forecast for New York
calls for rain. The last hurricane to strike Long Island directly was Gloria, in September 1985. The hurricane season
runs through Nov. 30.""", """
Sunday night | TIME | 1999-09-12TNI | -
This weekend | DATE | 1999-W36-WE | -
September 1985 | DATE | 1985-09 | -
?The hurricane season | DATE | 1999 | -
Nov. 30 | DATE | 1999-11-30 | -
""")

add("2000-12-15", """The Supreme Court's 5-to-4 decision on Tuesday night ended five weeks of legal wrangling over Florida's 25
electoral votes. Vice President Gore conceded the next evening in a televised address. Mr. Bush will be sworn in on
Jan. 20. He will be the first son of a president to take office since John Quincy Adams in 1825.""", """
Tuesday night | TIME | 2000-12-12TNI | -
five weeks | DURATION | P5W | -
the next evening | TIME | 2000-12-13TEV | -
Jan. 20 | DATE | 2001-01-20 | -
1825 | DATE | 1825 | -
""")

add("1998-06-15", """Hundreds of thousands of fans filled the streets of Chicago on Sunday night after the Bulls won their sixth
N.B.A. title in eight years. Michael Jordan, 35, scored 45 points in Game 6. Jordan, who first retired in October 1993
and returned 17 months later, would not say whether he would play next season.""", """
Sunday night | TIME | 1998-06-14TNI | -
eight years | DURATION | P8Y | -
October 1993 | DATE | 1993-10 | -
17 months later | DATE | 1995-03 | -
?next season | DATE | 1999 | -
""")

add("1999-01-12", """The strike deadline is midnight tonight. Union leaders met with management until shortly before noon
yesterday, then broke off talks. The contract, signed in 1996, expired on Dec. 31.""", """
midnight tonight | TIME | 1999-01-12T24:00/1999-01-13T00:00 | -
noon yesterday || shortly before noon yesterday | TIME | 1999-01-11T12:00 | *
1996 | DATE | 1996 | -
Dec. 31 | DATE | 1998-12-31 | -
""")
