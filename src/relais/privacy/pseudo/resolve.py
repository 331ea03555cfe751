"""Overlapping findings: the higher priority wins, then the longer; a compound span (an
address, an establishment, an e-mail) that wholly contains others replaces them."""

from relais.privacy.pseudo.recognizers.base import Finding

COMPOUND = frozenset({"ADDRESS", "HOSPITAL", "EMAIL", "URL"})


def resolve(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order."""
    accepted: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (-f.priority, -(f.end - f.start), f.start)):
        if finding.end <= finding.start:
            continue
        clashes = [a for a in accepted if a.start < finding.end and finding.start < a.end]
        if not clashes:
            accepted.append(finding)
        elif finding.type in COMPOUND and all(
            finding.start <= a.start and a.end <= finding.end and a.type not in COMPOUND
            for a in clashes
        ):
            accepted = [a for a in accepted if a not in clashes]
            accepted.append(finding)
    return sorted(accepted, key=lambda f: f.start)
