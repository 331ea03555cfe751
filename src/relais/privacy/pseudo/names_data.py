"""Name lists (data only): first names that reveal a person, and the surrogates' names.

``FIRST_NAMES`` was written by hand from the common first names of people born in France
since the 1920s (INSEE's first-name statistics' best known entries, all origins) and is
stored folded (lowercase, no accents). Surrogate names are epicene first names and common
surnames: a surrogate tells nothing about the person's sex or origin.
"""

# fmt: off
FIRST_NAMES = frozenset("""
aaron abdel abdelkader abdallah abdoulaye abel adam adele adeline adrien adrienne agathe agnes
ahmed aicha aime aimee alain alban albert alberte albin alexandra alexandre alexis alfred alice
aline alix amandine amelie amina aminata amir anais andre andree andrea angela angele angelique
anissa anne annabelle annette annick annie anthony antoine antoinette antonin apolline arlette
armand arnaud arsene arthur astrid aude audrey augustin aurelie aurelien aurore axel axelle
baptiste barbara bastien beatrice benedicte benjamin benoit bernadette bernard berthe bertrand
blandine boris brice brigitte bruno camille capucine carine carla carole caroline catherine
cecile cedric celestin celia celine chantal charles charlene charlotte chloe christelle
christian christiane christine christophe claire clara clarisse claude claudette claudine
clement clementine cleo clotilde colette coline colin corentin corinne cyril cyrille damien
daniel daniele danielle david delphine denis denise diane didier dimitri dominique dylan
edith edmond edouard elena eliane elias elisa elisabeth elise elodie eloise elsa emeline emile
emilie emma emmanuel emmanuelle enzo eric ernest estelle esther ethan etienne eugene eugenie
eva evelyne fabien fabienne fabrice fanny farid fatima fatou fatoumata felix fernand fernande
florence florent florian francine francis franck francois francoise frederic frederique
gabriel gabrielle gael gaelle gaetan gaston genevieve georges georgette gerald gerard
geraldine germain germaine ghislaine gilbert gilberte gilles ginette gisele gregoire gregory
guillaume guy guylaine hamid hassan hector helene henri henriette herve hortense hubert hugo
hugues ibrahim ines irene isabelle jacqueline jacques jade jean jeanine jeannine jeanne
jennifer jeremie jeremy jerome jessica joel joelle johan johanna jonathan jordan joseph
josephine josette josiane jules julia julie julien juliette justine karim karima karine kevin
khadija laetitia laura laure laurence laurent lea lea leila leo leon leonie liliane lina
lionel lisa lise loic lola louis louise luc luce lucas lucie lucien lucienne lucile ludovic
lydie madeleine mael maelle maeva magali malik mamadou manon marc marcel marcelle margaux
margot marguerite maria marianne marie marine mario marion marius marthe martine mathilde
mathias mathieu matthieu maud maurice maxime maximilien medhi mehdi melanie melissa michel
michele micheline mickael mireille mohamed mohammed monique morgane moussa muriel myriam
nadege nadia nadine nathalie nathan nicolas nicole ninon noah noe noel noelle noemie oceane
odette odile olivier olivia oscar pascal pascale patrice patricia patrick paul paule paulette
pauline philippe pierre pierrette quentin rachel rachid raphael raphaelle raymond raymonde
regine regis remi remy renaud rene renee richard robert roger roland romain romane rose
roselyne sabine sabrina sacha salome samia samir samira samuel sandra sandrine sarah
sebastien serge severine simon simone solange solene sonia sophie stephane stephanie suzanne
sylvain sylvie tatiana theo therese thibault thibaut thierry thomas timothee tom tristan
valentin valentine valerie vanessa veronique victor victoria vincent virginie vivien
viviane xavier yann yannick yasmine yves yvette yvonne youssef zoe
""".split())

SURROGATE_GIVEN = (
    "Alix", "Andrea", "Ange", "Camille", "Charlie", "Claude", "Dominique", "Eden", "Gabriel",
    "Jo", "Kim", "Loïs", "Lou", "Maé", "Morgan", "Noa", "Sacha", "Alex", "Sasha", "Louison",
    "Lilou", "Élie", "Yaël", "Ariel", "Andrée", "Maxence", "Céleste", "Lény", "Marley", "Swann",
    "Gaby", "Mika", "Noam", "Ambre", "Azur", "Clément", "Hélie", "Robin", "Elouan",
)
SURROGATE_FAMILY = (
    "Abadie", "Aubry", "Bailly", "Barre", "Bazin", "Bellanger", "Besson", "Bigot", "Blondel",
    "Bodin", "Bouvier", "Brisset", "Cadiou", "Cailleau", "Carré", "Castel", "Chaumont",
    "Chauvin", "Cordier", "Coste", "Courtois", "Delage", "Delorme", "Derrien", "Desmarais",
    "Drouet", "Ducret", "Favre", "Ferrand", "Fleury", "Gallet", "Germain", "Gobert",
    "Grosjean", "Guillou", "Hamel", "Hervé", "Jacquet", "Jourdan", "Kergoat", "Labbé",
    "Lagarde", "Laine", "Langlois", "Laporte", "Le Goff", "Lebrun", "Leblanc", "Lejeune",
    "Lemonnier", "Lesage", "Loiseau", "Mallet", "Maillard", "Marty", "Maurin", "Mignot",
    "Millet", "Monnier", "Navarro", "Ollivier", "Pages", "Pasquier", "Pelletier",
    "Perret", "Poirier", "Pons", "Prevost", "Quéré", "Rebours", "Riou", "Rivet",
    "Royer", "Salmon", "Sauvage", "Texier", "Tessier", "Thibault", "Tournier", "Vallée",
    "Verdier", "Vial", "Voisin", "Weber", "Barthe", "Bouchet", "Carlier", "Delmas", "Étienne",
    "Ferrer", "Gervais", "Hoarau", "Jamet", "Lefort", "Marin", "Ottaviani", "Quentin",
)
# fmt: on
