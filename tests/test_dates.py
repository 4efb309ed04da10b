"""Date expressions resolved against what the story itself says (no model needed)."""
from __future__ import annotations

import datetime as dt

from kg.extract.dates import publication_date, reference_date, resolve

STORY = "13:30 JST, August 22, 2023\nThe leaders met on Friday. They first met on Jan. 5, 2021."


def test_dates_with_and_without_a_year():
    ref = reference_date(STORY)
    assert ref == dt.date(2023, 8, 22)
    assert resolve("Jan. 11, 2023", ref) == dt.date(2023, 1, 11)
    assert resolve("Aug. 18", ref) == dt.date(2023, 8, 18)
    assert resolve("11 January", dt.date(2022, 12, 30)) == dt.date(2023, 1, 11)     # the nearer year


def test_a_weekday_needs_the_date_the_story_is_dated_by():
    published = publication_date(STORY)
    assert published == dt.date(2023, 8, 22)                                # a Tuesday
    assert resolve("Friday", reference_date(STORY), published) == dt.date(2023, 8, 18)
    assert resolve("on Tuesday", None, published) == dt.date(2023, 8, 22)
    assert resolve("Friday", None, published, ahead=True) == dt.date(2023, 8, 25)     # "will meet on Friday"
    undated = "The three leaders met at the retreat on Friday, a year after their first talks of Jan. 5, 2021."
    assert publication_date(undated) is None                  # a date in the body is not the story's own
    assert resolve("Friday", reference_date(undated), publication_date(undated)) is None


def test_last_and_next_and_a_headline_with_a_date():
    friday = dt.date(2023, 8, 11)
    assert resolve("last Friday", None, friday) == dt.date(2023, 8, 4)
    assert resolve("next Friday", None, friday) == dt.date(2023, 8, 18)
    assert resolve("next Monday", None, friday) == dt.date(2023, 8, 14)
    assert resolve("Monday", None, friday) == dt.date(2023, 8, 7)
    story = "Biden and Xi to meet in San Francisco on November 15, 2023\nAugust 10, 2023\nThe two met last Friday."
    assert publication_date(story) == dt.date(2023, 8, 10)


def test_a_date_in_a_dateline_and_a_dateline_without_a_year():
    assert publication_date("WASHINGTON, Jan. 7, 2014 – The deployment is part of an effort.") == dt.date(2014, 1, 7)
    assert publication_date("ANKARA (UrduPoint News / Sputnik - 18th July, 2023) Baykar has signed a deal, "
                            "the office said on Tuesday.") == dt.date(2023, 7, 18)
    story = "Nov. 3 (UPI) -- Four navies on Tuesday started the Malabar 2020 exercise.\nIt began in 1992."
    assert publication_date(story) == dt.date(2020, 11, 3)          # 1992 fits too; 2020 is the latest
    assert publication_date("Nov. 3 (UPI) -- Four navies on Friday started the exercise, as in 2020.") is None
    assert publication_date("Leaders met on Jan. 7, 2014 in Tokyo.") is None                  # a sentence


def test_a_title_case_headline_with_a_date_is_not_a_dateline():
    assert publication_date("Biden And Xi To Meet In San Francisco On November 15, 2023\nWASHINGTON - The two "
                            "leaders will meet.") is None


def test_a_span_of_days_is_dated_by_its_first_day():
    assert resolve("22 to 24 August 2023", None) == dt.date(2023, 8, 22)
    assert resolve("August 22-24, 2023", None) == dt.date(2023, 8, 22)
    assert resolve("June 9 to June 21, 2019", None) == dt.date(2019, 6, 9)       # the year written once, at the end
    assert resolve("5 to 16 June 2023", None) == dt.date(2023, 6, 5)


def test_a_month_with_its_year_dates_the_story_when_no_day_does():
    ref = reference_date("Paratroopers jumped over Sumatra in early August 2022. The exercise ran from August 1-14.")
    assert resolve("August 1-14", ref) == dt.date(2022, 8, 1)
    assert reference_date("Nothing here is dated.") is None


def test_a_span_across_new_year():
    assert resolve("December 30 to January 2, 2024", None) == dt.date(2023, 12, 30)
    assert resolve("30 December 2023 to 2 January 2024", None) == dt.date(2023, 12, 30)


def test_a_day_without_a_year_in_a_story_that_names_none_stays_a_day_of_the_year():
    june_19 = resolve("June 19", reference_date("Putin will visit Pyongyang on June 19."))
    assert june_19 is not None and june_19.isoformat() == "--06-19"       # xsd:gMonthDay
    assert resolve("June 19", dt.date(2024, 5, 1)) == dt.date(2024, 6, 19)   # a year in the story wins
    assert resolve("February 30", None) is None


def test_date_lines_with_dots_and_a_title_case_dateline():
    assert publication_date("2023.02.28\nRayong, Thailand — The exercise opened on Tuesday.") == dt.date(2023, 2, 28)
    assert resolve("2023/02/28", None) == dt.date(2023, 2, 28)
    story = "Tokyo, 16 March, /AJMEDIA/\nKishida and Yoon met on Thursday, the first such visit since 2011 and 2023."
    assert publication_date(story) == dt.date(2023, 3, 16)          # the weekday of the first paragraph fits 2023


def test_a_captions_weekday_date_yields_to_the_dateline():
    assert publication_date("Biden and Xi to meet\n\nWASHINGTON, Nov. 10, 2023 - The two leaders will meet on "
                                  "Wednesday, November 15, 2023, in San Francisco.") == dt.date(2023, 11, 10)
    assert publication_date("Blinken meets Wang\nBlinken speaks in Jakarta, Friday, July 14, 2023. (AP Photo)\n"
                                  "Text.") == dt.date(2023, 7, 14)
    assert publication_date("Talks\nThey met on Monday, July 14, 2023.\nText.") is None     # not a Monday
