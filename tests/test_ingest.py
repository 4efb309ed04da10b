"""Stage 1: finding and reading articles, and every kind of bad input."""
from __future__ import annotations

import pytest

from kg.config import Config
from kg.errors import InputError, NoDocumentsError
from kg.ingest import Skipped, clean_text, document_id, find_files, read_document, read_documents

ARTICLE = "Japan and the United States agreed on Wednesday to deepen their alliance.\n"


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_folder_file_and_glob_are_expanded(tmp_path):
    a = write(tmp_path / "in" / "a.txt", ARTICLE)
    b = write(tmp_path / "in" / "sub" / "b.md", ARTICLE)
    write(tmp_path / "in" / "notes.pdf", b"%PDF")
    write(tmp_path / "in" / ".hidden" / "c.txt", ARTICLE)
    assert find_files([tmp_path / "in"]) == [a, b]
    assert find_files([str(a)]) == [a]
    assert find_files([str(tmp_path / "in" / "**" / "*.md")]) == [b]
    assert find_files([tmp_path / "in", a]) == [a, b]          # no duplicates


def test_missing_path_names_it(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file or folder"):
        read_documents([tmp_path / "nope.txt"])


def test_glob_matching_nothing(tmp_path):
    with pytest.raises(InputError, match="matches no file"):
        read_documents([str(tmp_path / "*.txt")])


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDocumentsError, match="no input files"):
        read_documents([tmp_path / "empty"])


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t ", "is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ("latin1.txt", "Caf\u00e9 talks in Bogot\u00e1 between ministers.".encode("latin-1"), "not UTF-8"),
    ("short.txt", b"Hi.", "too little text"),
])
def test_unusable_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    path = write(tmp_path / name, data)
    result = read_document(path)
    assert isinstance(result, Skipped)
    assert reason in result.reason
    assert str(path) in str(result)                # the message names the file
    assert "\n" not in str(result)


def test_too_large_file_is_skipped_and_the_rest_goes_on(tmp_path):
    big = write(tmp_path / "in" / "big.txt", ARTICLE * 2000)
    small = write(tmp_path / "in" / "small.txt", ARTICLE)
    docs, skipped = read_documents([tmp_path / "in"], Config(max_bytes=10_000))
    assert [d.path for d in docs] == [str(small)]
    assert skipped[0].path == str(big) and "too large" in skipped[0].reason and "--max-bytes" in skipped[0].reason


def test_only_bad_files_is_an_error_naming_them(tmp_path):
    write(tmp_path / "in" / "empty.txt", b"")
    with pytest.raises(NoDocumentsError, match="empty.txt: is empty"):
        read_documents([tmp_path / "in"])


def test_text_is_normalised_and_hashed(tmp_path):
    path = write(tmp_path / "a.txt", "\ufeffTokyo\r\nand Washington\u200b agreed.\r\nCafe\u0301 diplomacy today.")
    doc = read_document(path)
    assert doc.text == "Tokyo\nand Washington agreed.\nCaf\u00e9 diplomacy today."
    assert len(doc.sha256) == 64
    assert doc.title == "Tokyo"


def test_hostile_text_is_kept_as_text(tmp_path):
    hostile = 'Minister "O\'Brien" said <script>alert(1)</script> & \\ back\\slash \u202eevil\u202c today in Paris.'
    doc = read_document(write(tmp_path / "h.txt", hostile))
    assert "<script>alert(1)</script>" in doc.text and '"O\'Brien"' in doc.text


def test_document_ids_are_iri_safe_and_unique(tmp_path):
    assert document_id(tmp_path / "000_abc.txt") == "000_abc"
    assert document_id(tmp_path / "Tōkyō talks #1.txt") == "T_ky__talks__1"
    write(tmp_path / "x" / "same.txt", ARTICLE)
    write(tmp_path / "y" / "same.txt", ARTICLE)
    docs, _ = read_documents([tmp_path / "x", tmp_path / "y"])
    assert sorted(d.id for d in docs) == ["same", "same-2"]


def test_clean_text_drops_control_characters():
    assert clean_text("a\x07b\x1bc\td\n") == "abc\td\n"


def test_clean_text_makes_look_alike_hyphens_and_spaces_plain_keeping_offsets():
    text = "the Australia\u2011Philippines Strategic\u00a0Partnership"
    assert clean_text(text) == "the Australia-Philippines Strategic Partnership"
    assert len(clean_text(text)) == len(text)


@pytest.mark.parametrize("text,kept", [
    ("Der japanische Verteidigungsminister traf am Mittwoch in Washington seinen Amtskollegen. " * 10, False),
    ("日本防卫大臣周三在华盛顿会见了美国国防部长。双方讨论了中国和台湾问题。" * 20, False),
    ("Ministers from Japan and the United States met on Wednesday and said that they would work together. " * 5,
     True),
    ("The ministers met on Wednesday to review the figures that are listed below in the table.\n"
     + "\n".join(f"| Japan | {i} | {i * 3}% |" for i in range(200)), True),
])
def test_text_that_is_not_english_is_skipped(tmp_path, text, kept):
    result = read_document(write(tmp_path / "a.txt", text))
    assert isinstance(result, Skipped) != kept
    if not kept:
        assert "does not look like English text" in result.reason
