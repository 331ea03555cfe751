"""The word lists behind guessed names: more first names, never a French word of the notes."""

from relais.privacy.pseudo.lexicon import french_words, is_any_first_name, more_first_names


def test_more_first_names_are_loaded_and_are_no_french_words() -> None:
    names = more_first_names()
    assert len(names) > 5000
    assert not names & french_words()
    for name in ("maxence", "yasmina", "ludivine", "kylian"):
        assert is_any_first_name(name), name


def test_french_words_hold_verbs_drugs_and_common_words() -> None:
    words = french_words()
    for word in ("passera", "kardegic", "insuffisance", "fievre", "constance"):
        assert word in words, word
    assert "marie" not in words  # a first name of the hand-made list stays a name
