"""Word lists and small tables the rules consult (data only)."""
from __future__ import annotations

from . import lexicon as L


BARE_CORES = ("core", "core2", "core3", "core4", "core5", "core6", "core7", "core8", "core9")
# words before "days before ..." that make "days" part of a larger noun phrase, not a bare duration
BARE_REL_BLOCK = {"the", "those", "these", "few", "many", "several", "some", "two", "three", "four", "five", "of",
                   "for", "over", "within", "in", "and", "or", "other", "final", "last", "first", "early", "late",
                   "more", "ten", "six", "seven", "eight", "nine", "twenty", "thirty", "dozen", "hundred", "all",
                   "what", "no", "our", "their", "his", "her", "its", "my", "your"}
# words before "years of ..." that leave "years" a bare duration ("after years of talks", "months of fighting")
BARE_OF_PREV = {"", "after", "follows", "follow", "following", "followed", "despite", "ending", "end", "ended", "ends",
                 "spent", "spend", "spending", "endured", "took", "take", "takes", "taking", "and", "with", "through",
                 "of", "by", "from", "amid", "before", "over", "during", "required", "require", "requires", "need",
                 "needed", "lasted", "last", "lasting", "within", "for", "in", "but", "then"}
SENTENCE_OPENERS = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And",
                     "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before",
                     "When", "While", "If", "As", "Since", "For", "By", "Meanwhile", "However", "Also", "Some", "Many",
                     "Officials", "Police", "Asked", "Still", "Yet", "So", "Now", "Then", "Last", "Earlier", "Later"}
# verbs that put something on hold until a later day ("extended the offer until Friday" still looks ahead), and past
# cues that tell nothing of what went on until the day (auxiliaries, "last", "ago" ...)
_HOLD_VERBS = {"extended", "postponed", "delayed", "adjourned", "suspended", "deferred", "closed", "shut", "halted",
               "froze", "banned", "barred", "set", "scheduled", "rescheduled", "moved", "pushed", "recessed",
               "agreed", "decided", "planned", "said", "told", "announced", "expected", "asked", "ordered", "gave",
               "granted", "allowed", "kept", "left", "imposed", "declared", "vowed", "pledged", "promised", "warned",
               "threatened"}
NO_ACTIVITY_PAST = _HOLD_VERBS | {"was", "were", "had", "did", "last", "ago", "earlier", "yesterday"}
FUTURE_PREPS = {"by", "until", "till", "through", "thru", "effective"}
PAST_PREPS = {"since"}
# words that follow "fall" the verb, never the season: "shops that fall into this band", "sales fall short"
FALL_VERB_AFTER = {"into", "under", "within", "short", "apart", "behind", "below", "off", "prey", "victim", "silent",
                   "ill", "asleep", "outside", "flat", "foul", "sharply", "steeply"}
STOP_AFTER = {"there", "their", "which", "where", "while", "would", "could", "should", "about", "after", "before",
               "other", "these", "those", "being", "first", "number", "between", "against", "during", "under",
               "within", "without", "through", "among", "since", "until", "because", "still", "again", "every",
               "never", "always", "later", "earlier", "early", "years", "months", "weeks", "times", "several",
               "three", "seven", "eight", "people"}

COUNT_NOUNS = {"troops", "people", "soldiers", "men", "women", "children", "units", "jobs", "members",
                "cases", "votes", "shares", "dollars", "tons", "barrels", "residents", "workers", "employees",
                "copies", "cars", "miles", "feet", "meters", "acres", "pages", "points", "deaths", "others",
                "students", "officers", "delegates", "seats", "times", "rounds"}
NUMERIC_PREV = {"than", "some", "nearly", "almost", "over", "only", "just", "approximately", "roughly", "total",
                 "totaling", "totalling", "of", "to", "and", "number", "no.", "No.", "flight", "route", "room", "page"}
THAT_VERBS = {"said", "says", "say", "announced", "reported", "noted", "added", "believe", "believes", "believed",
               "expect", "expects", "expected", "hope", "hopes", "hoped", "think", "thinks", "thought", "warned",
               "argued", "claimed", "insisted", "predicted", "showed", "shows", "suggested", "suggests", "so", "now",
               "and", "but", "such"}
COMMODITIES = {"gold", "silver", "copper", "platinum", "crude", "oil", "wheat", "corn", "soybeans", "soybean",
                "cotton", "coffee", "cocoa", "sugar", "cattle", "hogs", "heating", "gasoline", "natural", "lumber",
                "oats", "palladium", "aluminum", "nickel", "zinc", "orange", "bonds", "notes", "treasuries"}
# words around a four-digit number that make it a label, not a year
LABEL_PREV = {"section", "sections", "model", "article", "resolution", "chapter", "title", "rule", "form", "flight",
               "route", "highway", "interstate", "room", "suite", "no.", "number", "page", "box", "exit", "gate",
               "pier", "platform", "channel", "version", "office", "russell", "code", "bill", "h.r.", "s.", "item",
               "unit", "apartment", "lot", "line", "bus", "train", "vol.", "volume", "issue", "catalog", "windows"}
# the plurals of those labels, which a list of numbers follows ("resolutions 1970 and 1973", "Articles 5 and 6",
# "Flights 11 and 175"): each number of the list is a label, not a year
LABEL_PLURALS = {"sections", "models", "articles", "resolutions", "chapters", "titles", "rules", "forms", "flights",
                  "routes", "highways", "interstates", "rooms", "suites", "nos.", "numbers", "pages", "boxes", "exits",
                  "gates", "piers", "platforms", "channels", "versions", "offices", "codes", "bills", "items", "units",
                  "apartments", "lots", "lines", "buses", "trains", "vols.", "volumes", "issues", "catalogs"}
LABEL_NEXT = {"block", "index", "copier", "model", "series", "km", "kilometers", "kilometres", "meters", "metres",
               "feet", "ft", "yards", "pounds", "kg", "kilograms", "calories", "degrees", "rpm", "cc", "horsepower"}
VAGUE = {"several", "a few", "few", "many", "some", "a number of", "dozens of", "hundreds of"}
UNIT_PREC = {"S": "time", "MIN": "time", "H": "time", "D": "day", "W": "week", "WE": "week", "FN": "week",
              "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}
PREC_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5, "decade": 6,
              "century": 7}


UNDERSPEC = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
              "decade": "XXX", "century": "XX", "season": "XXXX-XX"}


MONTH_CUES = {"in", "on", "since", "until", "till", "by", "from", "through", "during", "of", "before", "after",
               "last", "next", "this", "early", "late", "mid", "each", "every", "to", "between", "and", "or",
               "throughout", "that", "until", "around", "about", "back", "as", "for", "into", "end", "beginning",
               "middle", "start", "mid-", "late-", "early-", "earlier", "later", "past"}


FRACTION_DENOMINATORS = {2, 3, 4, 8, 16}
NAME_YEAR_NEXT = {"in", "on", "at", "for", "with", "is", "was", "will", "has", "had", "and", "or", "to", "from", "by",
                   "which", "that"}
NAME_YEAR_OK = set(L.MONTHS) | {"spring", "summer", "fall", "autumn", "winter", "christmas", "easter", "fiscal",
                                 "year", "calendar", "in", "since", "by", "of", "until", "from", "to", "through",
                                 "during", "before", "after", "early", "late", "mid", "end", "and", "or", "the"}


CENT_WORDS = {"twenty first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18, "seventeenth": 17,
              "sixteenth": 16, "fifteenth": 15, "fourteenth": 14, "thirteenth": 13, "twelfth": 12, "eleventh": 11,
              "tenth": 10, "ninth": 9, "eighth": 8, "seventh": 7, "sixth": 6, "fifth": 5, "fourth": 4, "third": 3,
              "second": 2, "first": 1}


YEAR_BEFORE_RELS = ("the year-earlier", "the year-ago", "the prior-year", "the year-before", "the comparable",
                     "the corresponding")
REL_SHIFT = {"the last": -1, "last": -1, "past": -1, "this past": -1, "the past": -1, "the previous": -1,
              "previous": -1, "prior": -1, "the prior": -1, "the preceding": -1, "next": 1, "the next": 1,
              "the following": 1, "coming": 1, "the coming": 1, "this coming": 1}


REF_WORDS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
              "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
              "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
              "presently": "PRESENT_REF", "the time being": "PRESENT_REF", "so far": "PRESENT_REF",
              "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
              "the distant past": "PAST_REF",
              "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
              "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the near term": "FUTURE_REF"}


# "overnight" after a determiner or a possessive is an adjective naming a kind of thing ("an overnight flight", "his
# overnight stay", "the overnight shift"), not a night, unless it names the hours themselves ("the overnight hours")
OVERNIGHT_ADJ_BEFORE = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "every",
                        "each", "no", "another"}
OVERNIGHT_TIME_NOUNS = {"hours", "hour", "period", "darkness"}

NAMED_DAYS_BEFORE = {"bloody", "black", "remembrance", "super", "palm", "ash", "holy", "maundy", "cyber", "easter",
                      "good", "trinity", "whit", "low", "fat", "shrove", "mothering"}
NAMED_DAYS_AFTER = {"times", "telegraph", "express", "mirror", "herald", "post", "independent", "observer",
                     "tribune", "mail", "people", "sport", "night", "morning", "edition", "magazine", "review",
                     "agreement", "accord", "accords", "massacre", "bombing", "march", "school"}


DAYREF_SAYING = {"said", "says", "say", "told", "tell", "reported", "announced", "believe", "believes", "believed",
                  "think", "thinks", "thought", "know", "knew", "knows", "so", "such", "noted", "added", "claimed",
                  "hope", "hoped", "fear", "feared", "fears", "warned", "insisted", "argued", "and", "but", "than"}


HOURPART_PREPS = {"at", "until", "till", "by", "before", "after", "around", "about", "since"}


# capitalised nouns after a holiday that make it a name ("May Day Stadium"); lower-case ones ("the Christmas tree",
# "the Good Friday agreement") in HOLIDAY_NOUNS
HOLIDAY_NAME_NEXT = {"Stadium", "Square", "Street", "Avenue", "Road", "Park", "Hall", "Bridge", "Island", "Islands",
                      "Parade", "Massacre", "Festival", "Bowl", "Classic", "Tournament", "Storm", "Flood", "Movement",
                      "Revolution"}
HOLIDAY_NOUNS = {"tree", "trees", "card", "cards", "gift", "gifts", "carol", "carols", "decorations", "lights",
                  "island", "islands", "present", "presents", "story", "music", "movie", "album", "spirit",
                  "agreement", "accord", "accords", "offensive", "uprising"}


DAY_COMPOUNDS = {"trader", "traders", "trading", "care", "job", "jobs", "school", "schools", "camp", "pass",
                  "passes", "laborer", "laborers", "trip", "trips", "shift", "room", "student", "students", "lily"}
TITLE_CASE_SIGNALS = {"after", "before", "later", "earlier", "ago", "of", "on", "in", "and", "or", "since", "from",
                       "to", "at", "the", "a", "an"}


SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H",
              "minute": "PT1M", "decade": "P10Y", "weekend": "XXXX-WXX-WE", "summer": "XXXX-SU",
              "winter": "XXXX-WI", "spring": "XXXX-SP", "autumn": "XXXX-FA", "morning": "XXXX-XX-XXTMO",
              "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI"}
SET_ADVS = {"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
             "quarterly": "P3M", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
             "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M", "per annum": "P1Y",
             "a year apart": None}


RATE_ADVS = {"annually", "yearly", "quarterly", "monthly", "weekly", "daily", "per annum", "semiannually",
              "semi-annually"}

SET_FOLLOW_OK = {"to", "in", "at", "for", "and", "since", "through", "from", "until", "on", "by", "over", "or",
                  "during", "between", "with", "after", "before", "until", "when", "but", "the", "a", "as"}
LEFT_MODS_DATE = {"early": "START", "late": "END", "mid": "MID"}
TOD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
OR_TAIL_MODS = {"DURATION": {"so": "APPROX", "more": "EQUAL_OR_MORE", "longer": "EQUAL_OR_MORE",
                              "less": "EQUAL_OR_LESS", "fewer": "EQUAL_OR_LESS", "shorter": "EQUAL_OR_LESS"},
                 "DATE": {"so": "APPROX", "later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}}


CALENDAR_KINDS = {"mdy", "dmy", "mdycaps", "dmycaps", "iso", "numeric", "numeric_md", "dayrange2", "numeric_md2"}
DUR_CODES = ("Y", "M", "W", "D", "H", "M", "S")

# vague references that, in a narrative, point at the story's time rather than the writer's present: left untagged
NARRATIVE_RELATIVE = {"now", "right now", "just now", "soon", "the future", "the near future", "the present",
                      "current", "recently", "recent", "lately", "more recently", "most recently", "the time being"}


# nouns an ordinal word before them counts ("in June first lady X", "the March second reading", "May first round"):
# the ordinal is not the day of the month before it
ORDINAL_NOUNS = {"lady", "ladies", "time", "times", "round", "rounds", "place", "half", "quarter", "day", "week",
                 "month", "year", "anniversary", "phase", "stage", "step", "term", "class", "grade", "reading",
                 "vote", "ballot", "edition", "season", "floor", "team", "string", "line", "hand", "rate", "degree",
                 "generation", "person", "wave", "leg", "game", "games", "inning", "period", "session", "test",
                 "trial", "batch", "tranche", "installment", "instalment", "payment", "dose", "shot", "case",
                 "cases", "death", "deaths", "victim", "priority", "choice", "option", "consecutive", "straight",
                 "annual", "quarterly", "successive", "largest", "biggest", "highest", "lowest", "most", "best",
                 "worst", "last", "only", "major", "attempt", "try", "part", "act", "chapter", "section", "draft",
                 "amendment", "world", "world's", "person's", "century", "album", "film", "book", "child", "son",
                 "daughter", "wife", "husband", "baseman", "prize", "base", "officer", "mate", "secretary",
                 "deputy", "order", "level", "tier", "division", "league", "set", "lap", "heat", "title", "party",
                 "parties", "position", "spot", "rank", "fiscal", "version", "iteration", "offer", "bid", "deal"}
# words before a month and its ordinal-word day that make it a date whatever follows ("on June ninth Acme
# shareholders voted")
DAY_WORD_CUES = {"on", "since", "until", "till", "by", "from", "through", "thru", "before", "after", "effective",
                 "next", "last", "this", "to", "and", "or", "between", "dated", "of", "as", "in", "starting",
                 "beginning", "ending", "until", "around", "about"}
# words after a number in words that make it part of a larger number ("two thousand three hundred")
NUMBER_SCALE = {"hundred", "thousand", "million", "billion", "trillion", "point"}
