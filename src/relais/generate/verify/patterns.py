"""Data only: French regexes and word lists, written for folded text (lower case, no accents).

Used by ``quantities``, ``dates`` and ``negation``. No logic here.
"""

# Citation markers as the drafting prompt asks for them: "[F12]", "[F3, F4]", "[F3][F4]".
CITATION = r"\[\s*[Ff]\d+(?:\s*[,;]\s*[Ff]?\d+)*\s*\]"

# A number: "80", "2,5", "0.4", "4 000" (thousands grouped by a space).
NUMBER = r"(?<![\w,./])(?:\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:[,.]\d+)?)(?![\w])"

# Units of doses and results, folded; longest first so that "mmol" wins over "mol".
BASE_UNITS = (
    "mmol",
    "umol",
    "nmol",
    "meq",
    "mui",
    "mcg",
    "ug",
    "ng",
    "pg",
    "mg",
    "kg",
    "g",
    "ui",
    "u",
    "ml",
    "dl",
    "cl",
    "l",
    "giga",
    "mmhg",
    "mm hg",
    "cmh2o",
    "%",
    "°c",
    "bpm",
)
PER_UNITS = (
    "1,73 m2",
    "1,73m2",
    "1.73 m2",
    "m2",
    "kg",
    "24 h",
    "24h",
    "h",
    "min",
    "mn",
    "jour",
    "j",
    "l",
    "dl",
    "ml",
    "mm3",
)
# A number then a unit: "5,8 mmol/l", "1 g", "4000 UI", "98/min", "130 umol/l".
UNIT = r"(?:(?:{base})(?:\s?/\s?(?:{per}))*|/\s?(?:min|mm3))(?![a-z0-9])".format(
    base="|".join(BASE_UNITS).replace("%", r"%").replace(" ", r"\s?"),
    per="|".join(PER_UNITS).replace(" ", r"\s?").replace(".", r"\."),
)
# A number glued to its unit ("40mg", "2,5mg", "4000UI") is read as well.
NUMBER_GLUED = r"(?<![\w,./])(?:\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:[,.]\d+)?)"
QUANTITY = rf"(?P<number>{NUMBER_GLUED})(?:\s?(?P<unit>{UNIT})|(?![\w]))"
# A dose written without its unit right after the drug: "Kardégic 75", "Tahor 40 inchangé"
# (not "Spiriva 2 bouffées", "Doliprane 1-0-1", "Lovenox 7 jours").
NOT_DOSE_WORDS = (
    r"(?:fois|x|prises?|j|jours?|sem|semaines?|mois|ans?|h|heures?|min|cp|cpr|comprimes?"
    r"|gelules?|sachets?|bouffees?|inhalations?|injections?|ampoules?|gouttes?|pulverisations?"
    r"|doses?|unites?|cuilleres?|patchs?|suppositoires?|ovules?|%)(?![a-z])"
)
BARE_DOSE = (
    rf"\s?(?::\s?|a\s)?(?P<number>{NUMBER})"
    rf"(?!\s?(?:{UNIT})|\s?{NOT_DOSE_WORDS}|\s?[-/x]\s?\d)"
)
# "de 40 à 80 mg", "40 -> 80 mg": the first number shares the unit of the second.
RANGE = rf"(?P<first>{NUMBER})\s?(?:a|->|→|puis)\s?(?P<number>{NUMBER})\s?(?P<unit>{UNIT})"
# Blood pressure "145/85 mmHg".
PRESSURE = r"(?<![\d/])(?P<high>\d{2,3})\s?/\s?(?P<low>\d{2,3})(?:\s?(?P<unit>mm\s?hg))?(?![\d/])"
# Between an analyte and its value: "kaliemie a 5,8", "Hb : 9,2", "CRP mesuree a 145".
ANALYTE_LINK = (
    r"(?:\s?(?:[:=]|a|de|est|etait|mesuree?s?|retrouvee?s?|elevee?s?|basse?s?|abaissee?s?"
    r"|augmentee?s?|majoree?s?|(?:a|de) l'ordre de|d'environ|environ|\(|jusqu'a|superieure?s? a"
    r"|inferieure?s? a|initiale?s?|au pic|maximale?|controlee?s?|finale?s?|sortie|entree"
    r"|s'elev\w*|atteign\w*|atteinte?s?|chiffree?s?|estimee?s?|evaluee?s?|stables?"
    r"|normalisee?s?|passee?s?|passant|remontee?s?|diminuee?s?|corrigee?s?|qui|a ete|ete"
    r"|nadir|pic)){0,5}\s?"
)

# Schedules and forms that are not doses of a substance.
COUNT_UNITS = frozenset({"cp", "cpr", "comprime", "comprimes", "gelule", "gelules", "sachet"})

# Units a value carries in a result (concentration, rate, percent) rather than a dose.
RESULT_DENOMINATORS = frozenset({"l", "dl", "ml", "mm3", "min", "mn", "1,73 m2", "m2"})
RESULT_BASES = frozenset({"%", "mmhg", "cmh2o", "°c", "bpm", "giga"})

# Months, folded, with their usual abbreviations.
MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_NUMERIC = (
    r"(?<![\d/.])(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)(?:[/.-](?P<y>(?:19|20)?\d\d))?(?![\d/])"
)
DATE_WRITTEN = (
    rf"(?<![\w])(?:(?P<d>[0-3]?\d)(?:er)?\s)?(?P<month>{_MONTH})\.?(?:\s(?P<y>(?:19|20)\d\d))?"
    r"(?![\w])"
)
DATE_YEAR = r"(?<![\w/])(?:en|depuis|annee|de|des|dès)\s(?P<y>(?:19|20)\d\d)(?![\w/])"
# A month without a day: "mi-mars", "début avril", "fin mai 2024", "courant juin", "en juillet".
DATE_MONTH = (
    rf"(?<![\w])(?:mi-|mi\s|debut\s|fin\s|courant\s|en\s|au\smois\sde\s|mois\sde\s|depuis\s)"
    rf"(?P<month>{_MONTH})\.?(?:\s(?P<y>(?:19|20)\d\d))?(?![\w])"
)

# Negation cues before a finding ("pas de fièvre") and after it ("EP éliminée").
NEGATION_BEFORE = (
    r"(?:\bpas\s(?:de|d'|d |du|des)|\bpas\s(?:eu|retrouve|objective|mis en evidence|note)"
    r"|\babsence\s(?:de|d'|d |du|des)|\bsans\b|\bni\b|\baucune?\b|\bn'a\spas|\bne\s\w+\spas"
    r"|\bne\spresente\spas|\bpas\sd'argument\spour|\bpas\sde\ssigne\sde|\bindemne\sde"
    r"|(?:^|[\s(])ø(?=\s|$)"
    r"|\b(?:elimin|exclu|infirm)\w*\s(?:une?|la|le|les|l'|d'une?|toute?)\b)"
)
# "non fumeur", "non diabétique": a cue only right before the word.
NEGATION_JUST_BEFORE = r"\b(?:non|negati(?:f|ve)s?\spour)\s?$"
NEGATION_AFTER = (
    r"(?:\s(?:n'a|n'ont|n'est|ne\ssont|n'etait|n'etaient|ne\sfut)\s(?:pas|jamais|plus)\s(?:ete\s)?"
    r"(?:retrouve|objective|constate|observe|note|mis\sen\sevidence|rapporte|decrit|signale"
    r"|confirme|present|retenu)e?s?(?:\(e\)s?)?(?!\w)"
    r"|\s(?:a\sete\s|ont\sete\s|est\s|sont\s|etait\s)?(?:elimine|exclu|infirme|absent|non\s"
    r"retrouve|non\sobjective|negati[fv]|ecarte|non\sconfirme)e?s?\b"
    r"|\s?:\s?(?:non|neant|absente?s?|0|nulle?|neg(?:\.|atif|ative)?|ras)(?![\w]|,\d)"
    r"|\s?:\s?aucune?s?(?=\s*(?:$|[,;.)]|connue?s?\b|retrouvee?s?\b|notable))"
    r"|\s?\(\s?-\s?\)|\s-(?=\s*(?:[,;.)]|$)))"
)
# A clause ends here: negation does not carry past it.
CLAUSE_BREAK = (
    r"[.;]|\bmais\b|\bpuis\b|\bcependant\b|\btoutefois\b|\bavec\b|\bet\sune?\b"
    r"|\bpresence\b|\bapparition\b|\bpersistance\b|\bsurvenue\b|\bdecouverte\b"
)
# Words saying a known finding is over, not absent ("plus de fièvre", "apyrexie").
RESOLUTION = r"\b(?:plus\sde|plus\sd'|disparition|regression|resolution|recidive|reprise)\b"
# Uncertainty cues: the finding is a hypothesis, neither affirmed nor denied.
HYPOTHESIS = (
    r"\b(?:suspicion|suspect\w*|probable\w*|possible\w*|eventuel\w*|evoqu\w*|hypothese"
    r"|a confirmer|a eliminer|a discuter|doute|compatible avec|en faveur d\w*|ne peut etre exclu"
    r"|craint\w*)\b"
)
# Not a claim about the patient: prevention, risk, screening ("prévention des TVP").
NOT_A_CLAIM = (
    r"\b(?:risque\w* de|risque d'|prevention|preventi\w+|prophyla\w+|surveillance|depistage"
    r"|recherche d\w*|si |en cas d\w*|eviter|education|conseils?)"
)
# A postposed cue may follow the finding's complement: "œdème des membres inférieurs : 0".
FINDING_COMPLEMENT = (
    r"^(?:\s(?:(?:de|du|des|a|au|aux)\s|d'\s?)[a-z-]+"
    r"(?:\s(?!(?:non|et|ou|ni|mais|est|sont|a|ont)\b)[a-z-]+)?)"
)
# How far before a finding a negation cue still applies (folded characters).
NEGATION_REACH = 60
# After a comma, the negation goes on only when the list goes on ("pas de fièvre, de toux").
LIST_GOES_ON = r"^\s*(?:de|d'|du|des|ni|ou)\b"

# How many intakes a day a schedule stands for: "1-0-1" (sum), "x3/j", "3 fois par jour".
SCHEDULE_DIGITS = r"^\s*(\d)\s?-\s?(\d)\s?-\s?(\d)(?:\s?-\s?(\d))?\s*$"
TIMES_A_DAY = r"(?:x\s?(\d)|(\d)\s?(?:x|fois)(?:\s?/\s?j|\s?par\s?j(?:our)?)?)"
EVERY_HOURS = r"(?:toutes les|/)\s?(\d{1,2})\s?h"

# Cue words stripped from a negated fact's text to keep the finding ("Pas de fièvre" → fièvre).
NEGATED_FACT_CUES = (
    r"^(?:pas\s(?:de|d')|absence\s(?:de|d')|aucune?|sans|ni|non|negatif|negative)\s*"
    r"|\s*(?::\s*)?(?:non|neant|negati(?:f|ve)s?|elimine\w*|exclu\w*|absente?s?"
    r"|non\sretrouve\w*)$"
)
