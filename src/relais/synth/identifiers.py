"""French identifiers: NIR with its key, RPPS and FINESS with a Luhn digit, display formats."""


def nir_key(nir13: str) -> str:
    """Key of a 13-character NIR: 97 − (n mod 97); Corsica 2A/2B count as 19/18."""
    head = nir13.upper()
    corsica = {"2A": "19", "2B": "18"}.get(head[5:7])
    if corsica:
        head = head[:5] + corsica + head[7:]
    return f"{97 - int(head) % 97:02d}"


def make_nir(sex: str, year: int, month: int, place: str, order: int) -> str:
    """The 15-character NIR: sex digit, year, month, 5-character birthplace, order, key."""
    if len(place) != 5:
        raise ValueError(f"birthplace code must have 5 characters, got {place!r}")
    body = f"{1 if sex == 'male' else 2}{year % 100:02d}{month:02d}{place}{order:03d}"
    return body + nir_key(body)


def nir_is_valid(nir: str) -> bool:
    return len(nir) == 15 and nir[13:].isdigit() and nir_key(nir[:13]) == nir[13:]


def spaced_nir(nir: str) -> str:
    """``1 84 12 75 123 456 78`` as on a carte Vitale."""
    return " ".join((nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]))


def luhn_digit(number: str) -> str:
    total = 0
    for i, char in enumerate(reversed(number)):
        value = int(char) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def luhn_is_valid(number: str) -> bool:
    return number.isdigit() and luhn_digit(number[:-1]) == number[-1]


def make_rpps(serial: str) -> str:
    """11-digit RPPS number: "10" + 8 digits + a Luhn check digit."""
    body = f"10{serial[-8:]:0>8}"
    return body + luhn_digit(body)


def make_finess(prefix: str, serial: str) -> str:
    """9-digit FINESS: 2-digit département, 6 digits, Luhn check digit."""
    body = (prefix + serial)[:8]
    return body + luhn_digit(body)
