"""Surrogate values other than names (data only): streets, towns, establishments."""

# fmt: off
STREETS = (
    "des Acacias", "du Moulin", "de la Gare", "des Peupliers", "du Lavoir", "des Vignes",
    "de la Fontaine", "du Stade", "des Écoles", "du Château", "de la Forge", "des Prés",
    "du Port", "des Sources", "de l'Étang", "du Marché", "des Cerisiers", "de la Halle",
    "des Jardins", "du Pressoir", "de la Poste", "des Mésanges", "du Verger", "des Roseaux",
)
ADDRESS_EXTRAS = ("Bât. C", "Appt 7", "2e étage", "Escalier A", "Porte 3", "Bât. F")
TOWNS = (
    "Valmont", "Beaulieu", "Montfleury", "Rochebrune", "Villeneuve-sur-Aube", "Clairval",
    "Saint-Aubin-des-Prés", "Bellerive", "Fontenelle", "Mirebeau", "Roquebrune", "Vaudreuil",
    "Champfleury", "Montclar", "Lavaur", "Belmont", "Rivedoux", "Castelnau", "Pontvallain",
    "Saint-Amand-la-Forêt", "Vernouillet", "Marcillac", "Chanteloup", "Boisvert",
)
ESTABLISHMENTS = (
    "Val-Fleuri", "des Tilleuls-Verts", "Saint-Clair", "du Parc", "Les Cèdres", "Beausoleil",
    "de la Vallée", "Pasteur-Nord", "des Quatre-Vents", "Bellevue", "du Lac", "Les Mimosas",
)
# fmt: on
