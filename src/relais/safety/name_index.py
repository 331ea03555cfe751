"""Build the name → substances index from the thesaurus, the BDPM and the ATC names table.

Keys are folded names (``names.name_key``). Values are substance keys: the thesaurus key when
the thesaurus lists the substance, else the key of the active moiety. Built once per process.
"""

from collections import Counter
from dataclasses import dataclass, field

from relais.safety.atc import AtcNames
from relais.safety.bdpm import Bdpm
from relais.safety.names import moiety, name_key, tokens
from relais.safety.patterns import ALIASES, STOPWORDS, VITAMIN_WORDS
from relais.safety.thesaurus import Thesaurus

Keys = frozenset[str]


@dataclass(slots=True)
class NameIndex:
    thesaurus: Thesaurus
    display: dict[str, str] = field(default_factory=dict)  # substance key → name shown
    names: dict[str, Keys] = field(default_factory=dict)  # name key → substance keys
    atc: dict[str, Keys] = field(default_factory=dict)  # ATC code → substance keys
    atc_of: dict[str, set[str]] = field(default_factory=dict)  # substance key → ATC codes
    cis: dict[str, Keys] = field(default_factory=dict)  # CIS → substance keys
    _known: dict[str, str] = field(default_factory=dict)  # substance name → key (memo)

    def canonical(self, name: str) -> str | None:
        """The substance key a substance name stands for, or None if unknown."""
        key = ALIASES.get(name_key(name), name_key(name))
        if key in self.thesaurus.substances:
            return key
        base = moiety(key)
        if base in self.thesaurus.substances or base in self.display:
            return base
        return None

    def _add_substance(self, name: str) -> str:
        key = self._known.get(name)
        if key is None:
            key = self.canonical(name) or moiety(name)
            self.display.setdefault(key, self.thesaurus.substances.get(key) or name.lower())
            self._known[name] = key
        return key

    def _name(self, name: str, keys: Keys) -> None:
        if keys and name_key(name):
            self.names.setdefault(name_key(name), keys)


def build_index(thesaurus: Thesaurus, bdpm: Bdpm | None, atc: AtcNames | None) -> NameIndex:
    index = NameIndex(thesaurus)
    for key, name in thesaurus.substances.items():
        index.display[key] = name
        index.names[key] = frozenset({key})
    for alias, target in ALIASES.items():
        if target in thesaurus.substances:
            index.names[alias] = frozenset({target})
    if bdpm is not None:
        _add_bdpm(index, bdpm)
    if atc is not None:
        _add_atc(index, atc)
    return index


def _add_bdpm(index: NameIndex, bdpm: Bdpm) -> None:
    for cis, names in bdpm.substances.items():
        index.cis[cis] = frozenset(index._add_substance(n) for n in names)
    for name, key in list(index._known.items()):
        index._name(name, frozenset({key}))
        index._name(moiety(name), frozenset({key}))
    for brand, keys in _brands(bdpm, index.cis).items():
        index._name(brand, keys)


def brand_keys(denomination: str) -> list[str]:
    """ "KARDEGIC 75 mg, poudre…" → ["kardegic"]; longer names also give their first words,
    and a vitamin's letter without the word "vitamine" ("OROCAL VITAMINE D3" → "orocal d3").

    >>> brand_keys("OROCAL VITAMINE D3 500 mg/400 U.I., comprimé à sucer")
    ['orocal vitamine d3', 'orocal vitamine', 'orocal', 'orocal d3']
    """
    words: list[str] = []
    for word in tokens(denomination.split(",")[0]):
        if word[0].isdigit():
            break
        words.append(word)
    found = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    for i in range(1, len(words) - 1):
        if words[i] in VITAMIN_WORDS and len(words[i + 1]) <= 3:  # "CACIT VITAMINE D3"
            short = words[:i] + words[i + 1 :]  # as prescribed: "Cacit D3"
            found += [" ".join(short[:n]) for n in range(len(short), i, -1)]
            break
    return [k for k in found if k not in STOPWORDS and len(k) > 2]


def _brands(bdpm: Bdpm, cis_keys: dict[str, Keys]) -> dict[str, Keys]:
    """Brand key → the substances every specialty of that brand contains."""
    shared: dict[str, Keys] = {}
    for cis, name in bdpm.names.items():
        keys = cis_keys.get(cis)
        if not keys:
            continue
        for brand in brand_keys(name):
            shared[brand] = shared[brand] & keys if brand in shared else keys
    return {brand: keys for brand, keys in shared.items() if keys}


def _add_atc(index: NameIndex, atc: AtcNames) -> None:
    brands: dict[str, list[str]] = {}
    for code, names in atc.names.items():
        found = {k for k in map(index.canonical, names) if k is not None}
        if not found:  # only brand names: their specialties in the BDPM tell the substances
            counts = Counter(k for n in names for k in index.names.get(name_key(n), ()))
            found = {k for k, c in counts.items() if c == max(counts.values())} if counts else set()
        if not found or len(code) < 7:
            continue
        keys = frozenset(found)
        index.atc[code] = keys
        if len(keys) == 1:  # a combination's code does not classify each of its parts
            index.atc_of.setdefault(next(iter(keys)), set()).add(code)
        for name in names:
            if index.canonical(name) is None:
                brands.setdefault(name_key(name), []).append(code)
    for brand, codes in brands.items():
        if len(codes) == 1 and brand not in STOPWORDS:
            index._name(brand, index.atc[codes[0]])
