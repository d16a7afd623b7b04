"""Decoding files and reading CSV text with one clear message per bad input."""

from __future__ import annotations

import pytest

from timeline.textio import TextFileError, check_delimiter, csv_rows, decode_text, read_escapes


def test_plain_utf8_and_bom():
    assert decode_text("a,b\né\n".encode()) == "a,b\né\n"
    assert decode_text(b"\xef\xbb\xbfa,b\n") == "a,b\n"
    with pytest.raises(TextFileError, match="byte-order mark"):
        decode_text(b"\xef\xbb\xbfText", allow_bom=False)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_named(encoding):
    with pytest.raises(TextFileError, match="^UTF-16 text: save it as UTF-8$"):
        decode_text("id,file\na,a.txt\n".encode(encoding))


def test_windows_1252_points_at_the_byte():
    data = "id,title\na,It’s fine\n".encode("cp1252")
    with pytest.raises(TextFileError) as info:
        decode_text(data)
    assert (info.value.line, info.value.column) == (2, 5)
    assert "Windows-1252" in info.value.message and "0x92" in info.value.message


def test_binary_file():
    with pytest.raises(TextFileError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"x" * 100)


@pytest.mark.parametrize(("header", "word"), [("id;file;title", "';'"), ("id\tfile", "a tab")])
def test_delimiter(header, word):
    assert word in check_delimiter(header)
    assert check_delimiter("id,file") is None
    assert check_delimiter("file") is None


def test_csv_rows_follow_csv_line_rules():
    text = 'id,title\na,one\u2028two\nb,"x\ny"\nc,ok\x0bvt\x0cff\x85nel\nd,last\n'
    rows = list(csv_rows(text))
    assert [line for line, _ in rows] == [1, 2, 3, 5, 6]
    assert rows[1][1] == ["a", "one\u2028two"]
    assert rows[2][1] == ["b", "x\ny"]
    assert rows[4][1] == ["d", "last"]


def test_a_string_kept_as_code_reads_as_its_words_at_the_same_offsets():
    # a JSON record a scraper saved: the article is one long string field with escaped breaks, quotes, characters
    raw = ('{"id": 7, "text": "Harbor City Council\\r\\nThe council\\u2019s vote on Tuesday\\nclosed '
           'the \\"old\\" pier.\\n\\tThe mayor said\\r\\nshe would appeal."}')
    read = read_escapes(raw)
    assert len(read) == len(raw)
    assert read.splitlines()[2].strip() == "The council     ’s vote on Tuesday"  # (the record's id on a line above)
    assert ' "old "' in read and "\t" in read and "\\" not in read
    # a lone escape or two in prose (a path, a pattern) stays as written
    for prose in ("Save it as C:\\new\\report.txt on Tuesday.", "The pattern \\n matches a line break."):
        assert read_escapes(prose) == prose
    # an escaped backslash is no escape of the letter after it
    assert "\\\\n" in read_escapes("a\\nb\\nc\\nd \\\\n e")


def test_a_json_record_opens_its_text_field_and_keeps_its_other_fields():
    raw = '{"created_at": "2026-04-10", "text": "Harbor City Council\\nThe council voted.\\nIt met.\\nEnd."}'
    read = read_escapes(raw)
    assert '"created_at": "2026-04-10"' in read and '"text"' not in read
    lines = [line.strip() for line in read.splitlines()]
    assert lines[:2] == ['{"created_at": "2026-04-10",', "Harbor City Council"] and lines[-2:] == ["End.", ""]


def test_line_ends_of_every_platform_read_as_line_breaks_at_the_same_offsets():
    from timeline.textio import reading_text

    lf = "Harbor City Council\nThe council voted on Tuesday.\n"
    for raw in (lf.replace("\n", "\r\n"), lf.replace("\n", "\r")):
        read = reading_text(raw)
        assert len(read) == len(raw) and "\r" not in read
        assert [line.strip() for line in read.splitlines()] == [line for line in lf.splitlines()]
    assert reading_text(lf) is lf


def test_quotes_compare_whatever_their_line_ends():
    from timeline.textio import plain_reading, read_line_ends

    lf = "The council voted\non Tuesday.\n\nThe mayor said so."
    for end in ("\r\n", "\r"):
        assert read_line_ends(lf.replace("\n", end)) == lf
        assert plain_reading(lf.replace("\n", end)) == plain_reading(lf)
    assert read_line_ends(lf) is lf
    # a record's escapes are read too, where no offset is kept
    assert plain_reading('{"text": "Harbor City\\r\\nThe council\\nvoted.\\nIt met.\\n"}').split()[1:-1] == \
        ["Harbor", "City", "The", "council", "voted.", "It", "met."]  # (the record's braces stay)


def test_a_record_written_on_one_line_reads_its_text_on_lines_of_its_own():
    from timeline.textio import unescaped

    raw = '{"id": 7, "text": "Harbor City Council\\nThe council voted.\\nIt met.\\nEnd."}\n'
    read = read_escapes(raw)
    assert len(read) == len(raw)
    assert [line.strip() for line in read.splitlines()] == ['{"id": 7,', "Harbor City Council", "The council voted.",
                                                            "It met.", "End.", ""]
    # a record written over many lines keeps its lines as they were
    many = '{\n\t"id": 7,\n\t"text": "Harbor City Council\\nThe council voted.\\nIt met.\\nEnd."\n}\n'
    assert read_escapes(many).splitlines()[2].strip() == "Harbor City Council" and read_escapes(many).endswith("\n}\n")
    # a quote cut from such a record, read as its characters to compare it with the plain text
    assert unescaped('The council\\u2019s \\"old\\" pier\\r\\nclosed.') == 'The council’s "old" pier\nclosed.'


def test_a_page_saved_as_one_record_without_line_breaks_is_read_as_its_text():
    # a page of one paragraph saved as a JSON record: no escaped break, but the record's long text field is the page
    from timeline.textio import RECORD_TEXT

    words = "The harbour board voted on Tuesday to close the old pier, \\u201cfor good\\u201d, its chair said. " * 4
    raw = '{"id": 7, "text": "' + words.strip() + '"}'
    assert len(words) >= RECORD_TEXT
    read = read_escapes(raw)
    assert len(read) == len(raw) and read.splitlines()[0].strip() == '{"id": 7,'
    assert read.splitlines()[1].startswith("The harbour board voted") and "\\u201c" not in read and "“for good”" in \
        read.replace(" " * 5, "")
    # prose that names a path or a pattern is no record
    prose = "{Save it as C:\\new\\report.txt on Tuesday.} " + "The board met again. " * 12
    assert read_escapes(prose) == prose


def test_csv_text_quotes_every_line_break():
    from timeline.textio import csv_text

    text = csv_text([["quote", "n"], ["one\rtwo", 1], ["three\nfour", None], ["plain", 2.5]])
    assert text == 'quote,n\n"one\rtwo",1\n"three\nfour",\nplain,2.5\n'
    assert [v for _, v in csv_rows(text)] == [["quote", "n"], ["one\rtwo", "1"], ["three\nfour", ""], ["plain", "2.5"]]


# --- pages saved as their HTML source (html27) ---

HTML_PAGE = ("<!DOCTYPE html>\n<html><head><title>Harbor board fines ferry firm</title>\n"
             '<meta property="article:published_time" content="2021-03-12T09:00:00Z" />\n'
             "<style>p { color: red; }</style><script>var x = '<p>not text</p>';</script>\n</head>\n<body>\n"
             "<!-- a comment -->\n<h1>Harbor board fines ferry firm</h1>\n"
             '<p>The <a href="/board">harbor board</a> on Tuesday fined the ferry firm&nbsp;$9,000.</p>\n'
             "<p>The firm&#8217;s owner said it would appeal.</p>\n</body></html>\n")


@pytest.mark.parametrize("page", [HTML_PAGE, HTML_PAGE.replace("\n", "")])
def test_an_html_page_reads_as_its_text_at_the_same_offsets(page):
    from timeline.textio import is_html, read_markup, reading_text

    assert is_html(page)
    read = reading_text(page)
    assert len(read) == len(page) and read == read_markup(page)
    words = " ".join(read.split())
    assert words == ("Harbor board fines ferry firm Harbor board fines ferry firm The harbor board on Tuesday fined "
                     "the ferry firm $9,000. The firm’s owner said it would appeal.")
    for line in read.splitlines():  # a block element's tags end its line: the title, headline, paragraphs apart
        assert "<" not in line and ">" not in line
    assert read.index("on Tuesday") > read.index("fines ferry firm\n")
    # the text that is read stands where the raw page writes it
    k = read.index("on Tuesday")
    assert page[k : k + len("on Tuesday")] == "on Tuesday"
    assert "article:published_time" not in read and "article:published_time" in reading_text(page, dates=True)


@pytest.mark.parametrize("text", [
    "Harbor board votes\n\nThe tag <b> makes text bold, the board said, and 3 < 4 > 2 on Monday.\n",
    "Acme wins\n\nThe court ruled that x<y and y>z; the <em>firm</em> said so.\n",
    "Minutes\n\nItem 1</p> was pasted by mistake.\nItem 2 <br> too.\n",
])
def test_a_text_quoting_a_tag_is_no_html_page(text):
    from timeline.textio import is_html, reading_text

    assert not is_html(text)
    assert reading_text(text) is text


def test_a_page_of_paragraph_tags_only_is_html():
    from timeline.textio import is_html, reading_text

    page = "".join(f"<p>Paragraph {k} of the story.</p>" for k in range(4))
    assert is_html(page)
    assert reading_text(page).split("\n")[2] == "Paragraph 0 of the story."


def test_a_quote_of_an_html_page_read_without_its_markup():
    from timeline.textio import read_markup_quote

    assert read_markup_quote('The <a href="/b">board</a> fined the firm&nbsp;$9,000 &amp; more.') == \
        "The board fined the firm $9,000 & more."
    assert read_markup_quote("First.<br/>Second <em>line</em>.") == "First.\nSecond line."


def test_an_xml_record_is_no_html_page():
    from timeline.textio import is_html

    assert not is_html("<record>\n<head>Statement on the harbour</head>\n<para>\nThe board met.\n</para>\n</record>\n")
    assert not is_html('<?xml version="1.0"?>\n<doc><body><p>a</p><p>b</p><p>c</p><p>d</p></body></doc>')
    assert is_html('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>a</p></body></html>')


def test_plain_reading_reads_an_html_page_as_its_text():
    from timeline.textio import plain_reading

    page = "<html><body><p>Ann Roe, the harbor master, spoke.</p><p>Bo Li,&nbsp;the mayor, agreed.</p></body></html>"
    read = plain_reading(page)
    assert "<" not in read and "Ann Roe, the harbor master, spoke." in read and "the mayor, agreed." in read


def test_an_invisible_character_reference_inside_a_word_reads_the_word_whole():
    from timeline.textio import read_markup

    page = "<html><body><p>Sept&shy;ember 3 and Mon&#8203;day</p></body></html>"
    read = read_markup(page)
    assert len(read) == len(page) and "September" in read and "Monday" in read
