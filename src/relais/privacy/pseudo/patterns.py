"""French terms and regular expressions of identifying details (data only, no logic)."""

# Titles and roles written before a person's name; the value is the name type they imply.
TITLES: dict[str, str] = {
    "dr": "CLINICIAN_NAME",
    "dr.": "CLINICIAN_NAME",
    "docteur": "CLINICIAN_NAME",
    "docteure": "CLINICIAN_NAME",
    "drs": "CLINICIAN_NAME",
    "pr": "CLINICIAN_NAME",
    "pr.": "CLINICIAN_NAME",
    "prof": "CLINICIAN_NAME",
    "prof.": "CLINICIAN_NAME",
    "professeur": "CLINICIAN_NAME",
    "professeure": "CLINICIAN_NAME",
    "mme": "OTHER_NAME",
    "mme.": "OTHER_NAME",
    "mmes": "OTHER_NAME",
    "madame": "OTHER_NAME",
    "m.": "OTHER_NAME",
    "mm.": "OTHER_NAME",
    "monsieur": "OTHER_NAME",
    "mr": "OTHER_NAME",
    "mr.": "OTHER_NAME",
    "mrs": "OTHER_NAME",
    "mrs.": "OTHER_NAME",
    "ms": "OTHER_NAME",
    "mlle": "OTHER_NAME",
    "melle": "OTHER_NAME",
    "mademoiselle": "OTHER_NAME",
    "me": "OTHER_NAME",
    "maître": "OTHER_NAME",
}
# Words of a role before a name without title: "l'interne Paul", "IDE Sophie", "sa fille Julie".
ROLE_WORDS: dict[str, str] = {
    "interne": "CLINICIAN_NAME",
    "externe": "CLINICIAN_NAME",
    "ide": "CLINICIAN_NAME",
    "infirmier": "CLINICIAN_NAME",
    "infirmiere": "CLINICIAN_NAME",
    "kine": "CLINICIAN_NAME",
    "kinesitherapeute": "CLINICIAN_NAME",
    "aide-soignant": "CLINICIAN_NAME",
    "aide-soignante": "CLINICIAN_NAME",
    "cadre": "CLINICIAN_NAME",
    "dieteticienne": "CLINICIAN_NAME",
    "psychologue": "CLINICIAN_NAME",
    "assistante sociale": "CLINICIAN_NAME",
    "sage-femme": "CLINICIAN_NAME",
    "pharmacien": "CLINICIAN_NAME",
    "pharmacienne": "CLINICIAN_NAME",
    "fille": "RELATIVE_NAME",
    "fils": "RELATIVE_NAME",
    "epouse": "RELATIVE_NAME",
    "epoux": "RELATIVE_NAME",
    "femme": "RELATIVE_NAME",
    "mari": "RELATIVE_NAME",
    "conjoint": "RELATIVE_NAME",
    "conjointe": "RELATIVE_NAME",
    "compagne": "RELATIVE_NAME",
    "compagnon": "RELATIVE_NAME",
    "frere": "RELATIVE_NAME",
    "soeur": "RELATIVE_NAME",
    "sœur": "RELATIVE_NAME",
    "belle-sœur": "RELATIVE_NAME",
    "belle-soeur": "RELATIVE_NAME",
    "beau-frere": "RELATIVE_NAME",
    "beau-fils": "RELATIVE_NAME",
    "petite-niece": "RELATIVE_NAME",
    "amie": "RELATIVE_NAME",
    "ami": "RELATIVE_NAME",
    "mere": "RELATIVE_NAME",
    "pere": "RELATIVE_NAME",
    "neveu": "RELATIVE_NAME",
    "niece": "RELATIVE_NAME",
    "petit-fils": "RELATIVE_NAME",
    "petite-fille": "RELATIVE_NAME",
    "belle-fille": "RELATIVE_NAME",
    "gendre": "RELATIVE_NAME",
    "voisin": "RELATIVE_NAME",
    "voisine": "RELATIVE_NAME",
    "husband": "RELATIVE_NAME",
    "wife": "RELATIVE_NAME",
    "son": "RELATIVE_NAME",
    "daughter": "RELATIVE_NAME",
    "brother": "RELATIVE_NAME",
    "sister": "RELATIVE_NAME",
    "mother": "RELATIVE_NAME",
    "father": "RELATIVE_NAME",
    "partner": "RELATIVE_NAME",
    "tuteur": "RELATIVE_NAME",
    "tutrice": "RELATIVE_NAME",
    "curateur": "RELATIVE_NAME",
    "curatrice": "RELATIVE_NAME",
}
# Professions written after a name ("Isaure Kerjean, orthophoniste"), folded.
PROFESSIONS = frozenset(
    """medecin generaliste geriatre cardiologue pneumologue neurologue nephrologue oncologue
    chirurgien chirurgienne anesthesiste radiologue psychiatre psychologue orthophoniste
    kinesitherapeute kine ergotherapeute dieteticienne dieteticien infirmier infirmiere ide
    idel aide-soignant aide-soignante cadre interne externe sage-femme pharmacien pharmacienne
    assistante assistant secretaire praticien ph podologue orthoptiste dentiste urgentiste
    reanimateur infectiologue endocrinologue diabetologue gastro-enterologue dermatologue
    rhumatologue urologue ophtalmologue orl pediatre gynecologue hematologue nurse doctor""".split()
)
# Labels followed by a name: "Patient : …", "Médecin traitant : …", "Rédigé par …".
NAME_LABELS: dict[str, str] = {
    "patient": "PATIENT_NAME",
    "patiente": "PATIENT_NAME",
    "nom": "PATIENT_NAME",
    "prenom": "PATIENT_NAME",
    "prenoms": "PATIENT_NAME",
    "nom de naissance": "PATIENT_NAME",
    "nom d'usage": "PATIENT_NAME",
    "nom de jeune fille": "PATIENT_NAME",
    "nee": "PATIENT_NAME",
    "ne": "PATIENT_NAME",
    "epouse": "PATIENT_NAME",
    "ep.": "PATIENT_NAME",
    "veuve": "PATIENT_NAME",
    "vve": "PATIENT_NAME",
    "medecin traitant": "CLINICIAN_NAME",
    "medecin": "CLINICIAN_NAME",
    "redige par": "CLINICIAN_NAME",
    "redigee par": "CLINICIAN_NAME",
    "dicte par": "CLINICIAN_NAME",
    "signe par": "CLINICIAN_NAME",
    "valide par": "CLINICIAN_NAME",
    "vu par": "CLINICIAN_NAME",
    "vue par": "CLINICIAN_NAME",
    "operateur": "CLINICIAN_NAME",
    "chirurgien": "CLINICIAN_NAME",
    "anesthesiste": "CLINICIAN_NAME",
    "aide operatoire": "CLINICIAN_NAME",
    "destinataire": "CLINICIAN_NAME",
    "copie a": "CLINICIAN_NAME",
    "adresse par": "CLINICIAN_NAME",
    "signature": "CLINICIAN_NAME",
    "signe": "CLINICIAN_NAME",
    "redacteur": "CLINICIAN_NAME",
    "auteur": "CLINICIAN_NAME",
    "interne": "CLINICIAN_NAME",
    "aide": "CLINICIAN_NAME",
    "refait par": "CLINICIAN_NAME",
    "realise par": "CLINICIAN_NAME",
    "realisee par": "CLINICIAN_NAME",
    "pose par": "CLINICIAN_NAME",
    "posee par": "CLINICIAN_NAME",
    "effectue par": "CLINICIAN_NAME",
    "examine par": "CLINICIAN_NAME",
    "examinee par": "CLINICIAN_NAME",
    "accompagne par": "RELATIVE_NAME",
    "accompagnee par": "RELATIVE_NAME",
    "personne a prevenir": "RELATIVE_NAME",
    "personne de confiance": "RELATIVE_NAME",
    "contact": "RELATIVE_NAME",
}
# Words that end a name (after a title, "Dr Martin a vu…"): articles, verbs, prepositions.
NOT_NAME_WORDS = frozenset(
    """a au aux avec ce cet cette ces chez dans de des du en et est il elle ils elles je
    la le les leur lui ma mais me mes mon ne ni nous on ou par pas pour qu que qui sa se ses
    son sur ta te tes ton tu un une vous y ont sont etait avait fait dit vu vue voir revu
    appele appelee contacte contactee prevenu prevenue absent absente present presente
    informe informee joint jointe rappele rappelee passe passee demande souhaite
    service unite hopital clinique centre chu ch urgences consultation cabinet
    le la les l d s n c j qu jusqu lorsqu puisqu
    patient patiente malade famille medecin traitant interne chef clinique praticien
    hospitalier ph assistant assistante equipe secretariat secretaire garde astreinte
    ce jour hier demain matin soir nuit midi
    bien tres plus moins deja encore toujours jamais aussi ainsi alors donc car
    note notes compte rendu cr courrier lettre ordonnance avis
    nee epouse veuve vve dit dite alias
    the and of to in for with from by at on is was has have""".split()
)
STREET_TYPES = (
    "rue",
    "r.",
    "avenue",
    "av.",
    "av",
    "ave",
    "boulevard",
    "bd",
    "bld",
    "bvd",
    "boul.",
    "allée",
    "allee",
    "all.",
    "chemin",
    "ch.",
    "impasse",
    "imp.",
    "place",
    "pl.",
    "route",
    "rte",
    "quai",
    "cours",
    "square",
    "sq.",
    "résidence",
    "residence",
    "rés.",
    "lotissement",
    "lot.",
    "lieu-dit",
    "lieudit",
    "hameau",
    "chaussée",
    "faubourg",
    "fbg",
    "passage",
    "sentier",
    "voie",
    "cité",
    "rond-point",
    "esplanade",
    "parvis",
    "promenade",
    "montée",
    "villa",
    "mail",
    "venelle",
    "ruelle",
    "clos",
    "domaine",
    "street",
    "st",
    "road",
    "rd",
)
# Street types safe without a house number ("rue des Lilas", never "mise en place").
STRONG_STREET_TYPES = (
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "allée",
    "allee",
    "impasse",
    "chemin",
    "quai",
    "square",
    "lotissement",
    "lieu-dit",
    "résidence",
    "residence",
    "faubourg",
)
ADDRESS_EXTRA = (
    "bât.",
    "bât",
    "bat.",
    "bâtiment",
    "batiment",
    "appt",
    "appt.",
    "apt",
    "appartement",
    "étage",
    "etage",
    "escalier",
    "esc.",
    "porte",
    "bp",
    "cs",
    "cedex",
)
MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
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
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Words before a bare year or a day/month that make it a date: "en 2012", "depuis 2015".
YEAR_CUES = frozenset(
    """en depuis des dès année annee annees années an fin debut début mi courant vers
    printemps ete été automne hiver avant apres après jusqu'en depuis
    in since""".split()
)
DAY_MONTH_CUES = frozenset(
    """le du au depuis des dès avant apres après jusqu'au jusqu'a partir ce since on
    until from""".split()
)
# Labels of identifiers: the value after them is replaced whatever its shape.
IDENTIFIER_LABELS: dict[str, str] = {
    "ipp": "IPP",
    "n° ipp": "IPP",
    "no ipp": "IPP",
    "identifiant patient": "IPP",
    "n° patient": "IPP",
    "numero patient": "IPP",
    "numéro patient": "IPP",
    "n° de dossier": "IPP",
    "dossier n°": "IPP",
    "nda": "NDA",
    "n° nda": "NDA",
    "n° séjour": "NDA",
    "n° sejour": "NDA",
    "n° de séjour": "NDA",
    "n° de sejour": "NDA",
    "numéro de séjour": "NDA",
    "numero de sejour": "NDA",
    "n° venue": "NDA",
    "séjour": "NDA",
    "sejour": "NDA",
    "venue": "NDA",
    "dossier": "IPP",
    "n° de venue": "NDA",
    "n° de passage": "NDA",
    "n° passage": "NDA",
    "numéro de passage": "NDA",
    "numero de passage": "NDA",
    "rpps": "OTHER_ID",
    "n° rpps": "OTHER_ID",
    "adeli": "OTHER_ID",
    "finess": "OTHER_ID",
    "n° finess": "OTHER_ID",
    "n° adeli": "OTHER_ID",
    "mrn": "OTHER_ID",
    "n° mutuelle": "OTHER_ID",
    "n° adhérent": "OTHER_ID",
    "n° adherent": "OTHER_ID",
    "n° ald": "OTHER_ID",
}
# Labels after "N°" whose number is no identifier of a person ("N° chambre : 214"), folded.
NOT_IDENTIFIER_LABELS = frozenset(
    """chambre ch lit box salle bureau poste lot tel telephone fax portable bip dect page
    etage porte rue voie version serie ordre ligne etape""".split()
)
NIR_LABELS = ("nir", "n° ss", "no ss", "n° sécu", "n° secu", "sécurité sociale", "securite sociale")
INS_LABELS = ("ins", "matricule ins", "ins-nir", "ins-nia", "ins nir")
# Heads of establishments' names: "CH Sainte-Aurélie", "Clinique des Lilas", "CHU de Tours".
HOSPITAL_HEADS = (
    "centre hospitalier universitaire",
    "centre hospitalier régional",
    "centre hospitalier intercommunal",
    "centre hospitalier",
    "groupe hospitalier",
    "groupement hospitalier",
    "hôpital privé",
    "hôpitaux universitaires",
    "hopitaux universitaires",
    "hôpital",
    "hopital",
    "hôpitaux",
    "hopitaux",
    "institut",
    "pharmacie",
    "cabinet médical",
    "cabinet medical",
    "cabinet de radiologie",
    "imagerie médicale",
    "imagerie medicale",
    "centre d'imagerie",
    "centre médical",
    "maison médicale",
    "foyer",
    "pmi",
    "udm",
    "uad",
    "polyclinique",
    "clinique",
    "centre de rééducation",
    "centre",
    "centre de réadaptation",
    "maison de santé",
    "ehpad",
    "ssr",
    "usld",
    "chu",
    "chr",
    "chi",
    "chru",
    "ch",
    "gh",
    "ghu",
)
# Words starting a clinical eponym phrase: "maladie de Parkinson", "signe de Babinski".
EPONYM_HEADS = frozenset(
    """maladie syndrome signe score test manoeuvre manœuvre échelle echelle classification
    stade critères criteres critere critère triade réflexe reflexe phénomène phenomene loi
    cul-de-sac angine paralysie opération operation intervention technique procédure
    procedure point ligne fracture hernie ulcère ulcere tumeur sarcome lymphome kyste
    canal tube sonde cathéter catheter sac espace ganglion nodule nodules cellules cellule
    anse diverticule valve bloc onde ondes signes sd mal purpura anévrisme règle règles
    regle regles grade index indice questionnaire""".split()
)
# Head words after which any capitalised word is a clinical eponym, listed or not ("voie
# antéro-latérale de Watson-Jones", "échelle de Hamilton"); a title still makes a person.
STRONG_EPONYM_HEADS = frozenset(
    """voie voies signe signes score scores échelle echelle classification maladie syndrome
    sd test manœuvre manoeuvre stade critères criteres triade réflexe reflexe phénomène
    phenomene technique grade règle règles regle regles""".split()
)
# Clinical eponyms kept as written (folded): diseases, signs, scores, anatomy, devices.
EPONYMS = frozenset(
    """addison adson alzheimer apgar asperger babinski baker barlow barrett basedow behcet
    bell berger biermer binet blumberg bochdalek bouchard bouveret bowen braden breslow
    broca brugada budd-chiari buerger burkitt charcot cheyne-stokes child-pugh chopart
    chvostek clark colles conn creutzfeldt-jakob crohn cushing darier dieulafoy doppler
    douglas down dressler duchenne dupuytren ebstein ehlers-danlos eisenmenger epstein-barr
    ewing fallot fanconi fogarty foley folstein friedreich galeazzi garden gilbert glasgow
    goodpasture gougerot gram graves guillain-barre guyon hartmann hashimoto heberden
    heller hirschsprung hodgkin hoffmann holter homans horner horton huntington hurler
    kahler kaposi karnofsky kawasaki kernig killip klinefelter koch korsakoff kussmaul
    lachman lasegue lennox-gastaut leriche lewy lichtenstein lisfranc lown lyell lyme
    lynch mallory-weiss marfan mcburney meckel meniere mobitz monteggia morgagni murphy
    nelson nissen nyha oddi ogilvie osler paget pancoast parkinson peutz-jeghers
    pfannenstiel phalen pick pott prinzmetal quincke raynaud recklinghausen rendu-osler
    romberg roux sezary sheehan sjogren steinert stevens-johnson swan-ganz takayasu
    tako-tsubo tinel tourette trendelenburg troisier trousseau turner valsalva vaquez
    virchow von waldenstrom wegener wells wenckebach wernicke west whipple willebrand
    willis wilms wilson wolff-parkinson-white zenker zollinger-ellison guillain barre
    ranson balthazar fine norton gleason ann arbor seldinger graaf langerhans purkinje
    sylvius rolando monro magendie luschka treitz wirsung santorini glisson spiegel
    retzius cowper bartholin fallope muller sertoli leydig kupffer tawara mondor
    minkowski chauffard marchiafava moschcowitz glanzmann coombs ziehl hansen bordet
    vincent christmas evans hunter williams noonan angelman prader-willi rett dravet
    lesch-nyhan gaucher fabry pompe tay-sachs niemann-pick refsum menetrier gardner cowden
    li-fraumeni hippel-lindau bourneville sturge-weber kasabach-merritt stokes-adams
    adams-stokes cha2ds2-vasc has-bled mmse mini-mental gilles quervain riedel plummer
    schwartz-bartter kallmann laron miles toupet milligan-morgan billroth kocher bassini
    shouldice neer salter-harris ollier maisonneuve bennett pouteau-colles grawitz
    krukenberg sydenham""".split()
)
# Scales, scores, signs, classifications and stages named after a person (folded): kept when a
# score follows ("Cormack 1", "glasgow 15", "Hamilton (HDRS-17) 27", "Apgar 7/9/10"), after a
# scale's acronym and "de" ("IADL de Lawton"), or after a scale label ("Échelles : Zarit").
# A title before the word still makes a person ("M. Berg 3e étage" is no scale).
SCORED_EPONYMS = frozenset(
    """glasgow glasgow-blatchford blatchford rockall hamilton lawton katz cormack
    cormack-lehane lehane mallampati apgar silverman braden norton waterlow folstein
    child-pugh child pugh killip nyha wells fontaine leriche lasegue babinski romberg murphy
    mcburney dukes breslow clark gleason ranson balthazar forrest sokal karnofsky lansky
    charlson epworth beck madrs montgomery asberg montgomery-asberg cornell zarit tinetti
    berg lund-browder wallace tanner rankin barthel ashworth aldrete ramsay goldman caprini
    wexner bishop kellgren kellgren-lawrence hinchey bosniak gustilo schatzker garden neer
    binet durie-salmon hoehn yahr kurtzke fisher hunt-hess spetzler-martin yesavage
    mini-mental mmse nihss sofa igs apache cha2ds2-vasc has-bled""".split()
)
# Drug and therapeutic reference works: "vérifié dans le Vidal", "Thériaque", "le Dorosz".
REFERENCE_WORKS = frozenset({"vidal", "theriaque", "dorosz"})
# Diseases and signs named after a person, written as one phrase (never pseudonymised).
EPONYM_PHRASES = (
    "claude bernard-horner",
    "claude bernard horner",
    "charles bonnet",
    "gilles de la tourette",
    "ann arbor",
    "argyll robertson",
    "mac burney",
    "von willebrand",
    "de quervain",
    "charcot-marie-tooth",
)
# Countries (folded), before a town in brackets: "séjour au Mali (Kayes)", "Portugal (Braga)".
COUNTRIES = frozenset(
    """algerie maroc tunisie libye egypte mali senegal mauritanie niger tchad burkina cameroun
    gabon congo rdc guinee cote-d'ivoire togo benin nigeria ghana madagascar comores
    maurice djibouti ethiopie erythree somalie soudan kenya rwanda burundi angola
    france belgique suisse luxembourg allemagne autriche italie espagne portugal
    royaume-uni angleterre irlande pays-bas pologne roumanie bulgarie hongrie tchequie
    slovaquie croatie serbie bosnie albanie kosovo grece turquie ukraine russie moldavie
    georgie armenie syrie liban irak iran afghanistan pakistan inde bangladesh sri
    vietnam cambodge laos chine japon coree thailande philippines indonesie
    haiti bresil colombie perou chili argentine mexique canada quebec""".split()
)
# Legal or trade heads of a company's name ("Transports Dumont & Fils", "GAEC Meunier frères",
# "Pompes Funèbres Roc-Éclerc"): the name after them identifies an employer or a provider.
COMPANY_HEADS = (
    "transports",
    "ambulances",
    "pompes funèbres",
    "pompes funebres",
    "établissements",
    "etablissements",
    "ets",
)
# Adjectives after a company head that make a kind of service, no name ("Transports sanitaires").
COMPANY_KINDS = frozenset(
    """sanitaire sanitaires medicaux medicales medicalises prives privees publics urgents
    urgence routiers internationaux funeraires agrees agreees""".split()
)
COMPANY_FORMS = ("GAEC", "EARL", "SARL", "EURL", "SCEA", "SCI", "SCOP")  # legal forms, capitals
# Words of an employment before "chez": "en CDI chez …", "en alternance chez …".
EMPLOYMENT_WORDS = frozenset(
    """cdi cdd alternance interim intérim apprentissage apprenti apprentie stage travaille
    travaillait employe employee employé employée salarie salariee salarié salariée
    embauche embauchee embauché embauchée""".split()
)
# National organisations that are nobody's name ("vu par SOS Médecins"), folded.
NATIONAL_ORGANISATIONS = (
    "sos medecins",
    "samu social",
    "croix-rouge",
    "croix rouge",
    "secours populaire",
    "secours catholique",
    "restos du coeur",
    "medecins du monde",
    "medecins sans frontieres",
)
# Nouns followed by a letter that is no initial: "Hépatite B.", "Vitamine D.", "Groupe A.".
LETTERED_NOUNS = frozenset(
    """vitamine vitamines hepatite groupe type stade classe grade streptocoque facteur phase
    zone secteur bloc salle box lit chambre aile batiment bat unite pavillon annexe
    porte escalier niveau""".split()
)
# Clinical acronyms written in capitals that never are a surname after a capitalised word.
_CLINICAL_ACRONYMS = frozenset(
    """hta bpco avc ait idm sca tvp irc mrc dfg nfs crp bnp inr ecg ett eto tdm irm atb ttt
    rad ssr ehpad ide atcd hdm cat anc pac rgo ptg pth bmr bhre cgr samu smur usic rea uhcd
    sau had usld mco smr aeg oap icc acfa bav sas saos tsh hba1c ldl hdl asat alat ggt pal
    cpk vih vhc vhb eeg emg lcr ecbu vvp picc chu chr oms has ansm ald cmu ame mdph apa gir
    eva spo2 nyha mmse gds imc bmi dt1 dt2 did dnid aomi acr tavi pcr covid sars rcp tep
    ivg ivd vni vvc sng ipp nda nir ins rpps ains iec ara avk aod hbpm cpap oxygene bilan ras
    pneumopathie insuffisance""".split()
)
# Organisations of the social and health system written as acronyms: never a person
# ("Tuteur : UDAF 33", "Caisse : CARSAT Auvergne").
ORGANISATION_ACRONYMS = frozenset(
    """udaf atmp carsat cpam cnam cnav msa caf ccas cias ars urssaf clic ssiad saad spasad
    ase pmi cmp cmpp cattp esat ime itep sessad samsah savs unafam oniam maia dac pta cram
    cnsa mdph cdaph apf adapei admr unapei fam ehpa cpts mgen mnh""".split()
)
ACRONYMS = _CLINICAL_ACRONYMS | ORGANISATION_ACRONYMS
