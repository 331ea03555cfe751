"""Phrasing of the compte rendu opératoire for a hip fracture (data only)."""

SIDES = ("droite", "gauche")
INSTALLATION = (
    "Décubitus latéral {side_opp}, appuis pubien et sacré.",
    "Installation en décubitus latéral strict.",
)
APPROACH = (
    "Voie d'abord postéro-latérale de Moore.",
    "Voie antéro-latérale de Watson-Jones.",
    "Voie de Hardinge.",
)
STEPS = (
    "Ouverture de la capsule en T, ostéotomie du col à un travers de doigt"
    " du petit trochanter, extraction de"
    " la tête fémorale.",
    "Capsulotomie, section du col, extraction de la tête."
    " Préparation du fût fémoral par râpes successives.",
)
CEMENT = (
    "Cimentation à basse viscosité, mise en place de l'implant définitif.",
    "Impaction de la tige non cimentée.",
)
CLOSING = (
    "Réduction, test de stabilité satisfaisant. Fermeture plan par plan sur redon. Agrafes.",
    "Lavage abondant, fermeture plan par plan, surjet intradermique.",
)
INCIDENTS = (
    "Pas d'incident peropératoire.",
    "Aucun incident.",
    "Saignement modéré, pas de transfusion peropératoire.",
)
AFTER = (
    "Appui complet autorisé d'emblée. HBPM 35 jours. Radiographie de contrôle à J1.",
    "Lever J1 avec le kinésithérapeute, appui total. Anticoagulation préventive 5 semaines.",
)
