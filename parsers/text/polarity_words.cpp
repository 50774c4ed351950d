// The polarity engine's vocabulary (parsers/text/polarity_words.h).
// Heuristic (DOMAIN.md §4 "Negation and disclaimers", §5 vocabulary).
#include "parsers/text/polarity_words.h"

#include <iterator>

namespace clinicrank {
namespace {

using W = std::string_view;

constexpr W kContrast[] = {
    "but",     "however", "whereas", "while",   "although", "though",   "nevertheless",
    "instead", "rather",  "otherwise",
    "pero",    "sino",    "mientras", "aunque",
    "aber",    "sondern", "jedoch",  "wahrend", "obwohl",   "dagegen",  "hingegen"};
constexpr W kSubordinators[] = {
    "if",     "unless",  "whether", "unlike",  "although", "though",     "while",
    "whereas", "when",   "without", "compared", "instead", "rather",     "once",
    "si",     "sin",     "aunque",  "mientras", "cuando",  "comparado",  "comparados",
    "wenn",   "falls",   "obwohl",  "wahrend", "ohne",     "statt",      "anstatt",
    "anders"};
constexpr W kSubjects[] = {"we",       "i",        "our",     "you",      "your",    "they",
                           "nosotros", "nosotras", "nuestro", "nuestra",  "nuestros", "nuestras",
                           "usted",    "ustedes",  "wir",     "ich",      "unser",   "unsere",
                           "unserer",  "unseren",  "unserem"};
constexpr W kCoordinators[] = {"and", "or", "nor", "plus", "ni", "o", "y", "u", "e",
                               "und", "oder", "noch"};
constexpr W kRestart[] = {"only",      "just",           "solely",  "exclusively", "always",
                          "solo",      "solamente",      "unicamente", "exclusivamente",
                          "siempre",   "nur",            "ausschliesslich", "lediglich", "immer"};
constexpr W kNotFollowers[] = {
    "only", "just", "merely", "simply", "a",      "an",     "the",   "all",      "always",
    "every", "necessarily", "to", "matter", "doubt", "wonder", "less",
    "solo", "solamente", "unicamente", "un", "una", "el", "la", "los", "las", "todo",
    "todos", "todas", "siempre",
    "nur",  "ein",  "eine", "einen", "einem", "der", "die", "das", "alle", "jeder", "immer",
    "bloss", "allein"};
constexpr W kRelatives[] = {"that",  "which", "who",    "whom",    "whose",   "where",
                            "que",   "cual",  "cuales", "donde",
                            "welche", "welcher", "welches"};
constexpr W kOthersQuantifiers[] = {
    "other",    "many",     "some",     "most",      "several",      "certain",
    "numerous", "typical",  "traditional", "conventional", "competing", "those", "other's",
    "various",  "different", "rival",   "unnamed",
    "otras",    "otros",    "muchas",   "muchos",    "algunas",      "algunos",
    "ciertas",  "ciertos",  "mayoria",  "demas",     "varias",       "varios",
    "diferentes", "distintas", "distintos",
    "andere",   "anderen",  "anderer",  "viele",     "vielen",       "manche",
    "einige",   "meisten",  "herkommliche"};
constexpr W kNegatedQuantifiers[] = {"all", "every", "todas", "todos", "alle", "jede", "jeder"};
constexpr W kParties[] = {
    "clinic",     "clinics",   "provider",   "providers",  "practitioner", "practitioners",
    "doctor",     "doctors",   "physician",  "physicians", "surgeon",      "surgeons",
    "center",     "centers",   "centre",     "centres",    "practices",    "companies",
    "company",    "competitors", "facilities", "offices",  "chiropractors", "places",
    "therapists",
    "clinicas",   "clinica",   "centros",    "medicos",    "doctores",     "proveedores",
    "consultorios", "companias", "empresas",
    "kliniken",   "klinik",    "praxen",     "arzte",      "aerzte",       "arzten",
    "anbieter",   "zentren"};
constexpr W kPluralParties[] = {
    "clinics",  "providers", "practitioners", "doctors",  "physicians", "surgeons",
    "centers",  "centres",   "practices",     "companies",
    "clinicas", "centros",   "medicos",       "doctores", "proveedores", "empresas",
    "kliniken", "praxen",    "anbieter",      "arzte"};
constexpr W kPossessives[] = {"our",     "my",       "nuestro", "nuestra", "nuestros",
                              "nuestras", "mi",      "mis",     "unser",   "unsere",
                              "unserer", "unseren",  "unserem", "meine"};
constexpr W kInclusive[] = {"few",   "only",  "one",   "among", "pocas", "pocos", "unicas",
                            "unicos", "una",  "uno",   "entre", "wenigen", "einer", "eine"};
// Spanish words after which "no" is verbal ("no se utiliza", "no usamos").
constexpr W kVerbAfterNo[] = {
    "se",  "lo",  "la",  "los",  "las",  "le",   "les",  "me",   "nos",
    "es",  "son", "esta", "estan", "fue", "fueron", "ha", "han", "hemos",
    "hay", "era", "eran", "sera", "seran", "puede", "pueden", "usa", "usan",
    "utiliza", "utilizan", "ofrece", "ofrecen", "emplea", "emplean",
    "aplica", "aplican", "contiene", "contienen", "requiere", "requieren",
    "incluye", "incluyen", "necesita", "necesitan", "tiene", "tienen",
    "vende", "venden", "trabaja", "trabajan", "inyecta", "inyectan",
    "realiza", "realizan", "creemos", "longer", "use", "usamos",
    "forma", "forman", "entra", "entran", "figura", "figuran", "aparece", "aparecen",
    "existe", "existen", "funciona", "funcionan", "sirve", "sirven", "cura", "curan",
    "garantiza", "garantizan", "regenera", "regeneran", "evita", "evitan", "revierte",
    "revierten", "elimina", "eliminan", "debe", "deben", "suele", "suelen", "promete",
    "prometen", "podemos", "contiene", "llega", "llegan", "logra", "logran"};
constexpr W kSelf[] = {"we",  "our",     "nosotros", "nosotras", "nuestra", "nuestro",
                       "nuestros", "nuestras", "wir", "unsere", "unser"};
constexpr W kConditionals[] = {"if", "unless", "whether", "wenn", "falls", "ob"};
constexpr W kAgentPreps[] = {"by", "at", "por", "en", "von", "bei"};
constexpr W kVerbalNegations[] = {
    "not",    "never",   "cannot", "nor", "neither", "dont", "doesnt", "isnt", "arent", "wont",
    "refuse", "refuses",
    "nunca",  "jamas",   "tampoco", "ni",
    "nicht",  "nie",     "niemals", "weder"};
constexpr W kDeterminerNegations[] = {"none",    "zero",     "nothing",  "nobody",  "nadie",
                                      "niemand", "ningun",  "ninguna",
                                      "ninguno", "ningunos", "ningunas",  "nada",    "nichts"};
constexpr W kPrepositionNegations[] = {"without", "except",  "excluding", "sans",
                                       "sin",     "excepto", "salvo",
                                       "ohne",    "ausser",  "statt",    "anstatt", "anstelle"};
constexpr W kNegations[] = {"not", "no", "never", "nunca", "nicht"};
constexpr W kNegationCancels[] = {
    "only", "just", "merely", "simply", "matter", "doubt", "wonder", "less", "all", "every",
    "solo", "solamente", "unicamente", "todas", "todos",
    "nur",  "alle",  "bloss", "allein"};
constexpr W kPlainNots[] = {"not", "no", "nicht"};
constexpr W kOthers[] = {"unlike",      "competitors", "competitor", "elsewhere", "others",
                         "rivals",
                         "competidores", "competencia",
                         "wettbewerber", "konkurrenz", "konkurrenten"};
constexpr W kLinking[] = {"be",      "been",      "being", "is",     "are",   "was", "were",
                          "currently", "routinely", "ever", "actually", "really",
                          "se",
                          "wird",    "werden",    "bei",   "uns",    "hier"};
constexpr W kAnaphors[] = {"them", "these", "those", "they", "los", "las", "ellos", "ellas",
                           "sie",  "diese", "solche"};
constexpr W kButs[] = {"but", "pero", "aber"};
constexpr W kWithouts[] = {"without", "sin", "ohne"};
constexpr W kIfOrYes[] = {"si"};
constexpr W kNos[] = {"no"};

// --- Portuguese (pt). "se" (if) is left out: it is the Spanish reflexive
// pronoun, far more common; "e" (is) too: it is the word "and".
// "mas" (but) is the Spanish "más" (more) when folded: polarity.cpp makes it
// a contrast only in a Portuguese sentence.
constexpr W kPtContrast[] = {"porem", "contudo", "entretanto", "todavia", "enquanto", "embora"};
constexpr W kPtSubordinators[] = {"sem", "embora", "enquanto", "quando", "caso",
                                  "diferentemente"};
constexpr W kPtSubjects[] = {"nos", "nosso", "nossa", "nossos", "nossas", "voce", "voces"};
constexpr W kPtCoordinators[] = {"ou", "nem"};
constexpr W kPtRestart[] = {"apenas", "somente", "sempre"};
constexpr W kPtNotFollowers[] = {"apenas", "somente", "um", "uma", "o", "a", "os", "sempre"};
constexpr W kPtRelatives[] = {"qual", "quais", "onde"};
constexpr W kPtOthersQuantifiers[] = {"outras", "outros", "muitas", "muitos", "algumas",
                                      "alguns", "certas", "certos", "varias", "varios",
                                      "maioria", "demais"};
constexpr W kPtParties[] = {"clinicas", "centros", "medicos", "profissionais", "consultorios",
                            "empresas", "hospitais", "sites"};
constexpr W kPtPossessives[] = {"nosso", "nossa", "nossos", "nossas", "meu", "minha"};
constexpr W kPtInclusive[] = {"poucas", "poucos", "unicas", "unicos", "um", "uma"};
constexpr W kPtSelf[] = {"nos", "nosso", "nossa", "nossos", "nossas"};
constexpr W kPtAgentPreps[] = {"pelas", "pelos", "em"};
constexpr W kPtVerbalNegations[] = {"nao", "jamais", "tampouco", "nem"};
constexpr W kPtDeterminerNegations[] = {"nenhum", "nenhuma", "nenhuns", "nenhumas"};
constexpr W kPtPrepositionNegations[] = {"sem", "exceto"};
constexpr W kPtNegations[] = {"nao"};
constexpr W kPtNegationCancels[] = {"apenas", "somente"};
constexpr W kPtOthers[] = {"concorrentes", "concorrencia", "diferentemente"};
constexpr W kPtLinking[] = {"esta", "sao", "foi", "sera", "estao"};
constexpr W kPtAnaphors[] = {"eles", "elas", "estes", "estas", "esses", "essas"};
// Words that no Spanish, English or German sentence holds (folded); with
// nouns in "-cao" / "-coes" (polarity.cpp), they mark a Portuguese sentence.
constexpr W kPtMarkers[] = {"nao", "sao", "uma", "um", "com", "voce", "voces", "pelo",
                            "pela", "pelos", "pelas", "tambem", "ao", "aos", "nossa", "nosso",
                            "nossos", "nossas", "seu", "seus", "sua", "suas", "em", "num",
                            "numa", "isso", "essa", "esse", "joelho", "joelhos"};
constexpr W kPtWithouts[] = {"sem"};

// --- Italian (it). "se" (if) is left out, as for Portuguese.
constexpr W kItContrast[] = {"ma", "pero", "tuttavia", "mentre", "sebbene", "benche",
                             "invece", "bensi", "anzi"};
constexpr W kItSubordinators[] = {"senza", "sebbene", "mentre", "quando", "anziche", "invece",
                                  "qualora"};
constexpr W kItSubjects[] = {"noi", "nostro", "nostra", "nostri", "nostre", "voi"};
constexpr W kItCoordinators[] = {"oppure", "ne"};
constexpr W kItRestart[] = {"soltanto", "sempre", "esclusivamente"};
constexpr W kItNotFollowers[] = {"soltanto", "uno", "il", "lo", "gli", "le", "i", "tutti",
                                 "tutte", "sempre"};
constexpr W kItRelatives[] = {"che", "quale", "quali", "cui", "dove"};
constexpr W kItOthersQuantifiers[] = {"altre", "altri", "molte", "molti", "alcune", "alcuni",
                                      "certe", "certi", "varie", "vari", "numerose", "numerosi"};
constexpr W kItParties[] = {"cliniche", "centri", "medici", "strutture", "specialisti",
                            "aziende", "ambulatori"};
constexpr W kItPossessives[] = {"nostro", "nostra", "nostri", "nostre", "mio", "mia", "miei"};
constexpr W kItInclusive[] = {"poche", "pochi", "uniche", "unici", "tra", "fra"};
constexpr W kItSelf[] = {"noi", "nostro", "nostra", "nostri", "nostre"};
constexpr W kItConditionals[] = {"qualora"};
constexpr W kItAgentPreps[] = {"da", "presso"};
// "non" before an adjective in -al, -ive, -ic, -ous is a prefix ("non
// surgical", "non invasive"): polarity.cpp reads it so in every language.
constexpr W kItVerbalNegations[] = {"non", "mai", "nemmeno", "neanche", "neppure"};
constexpr W kItDeterminerNegations[] = {"nessun", "nessuno", "nessuna"};
constexpr W kItPrepositionNegations[] = {"senza", "tranne", "eccetto", "anziche"};
constexpr W kItNegations[] = {"non", "mai"};
constexpr W kItNegationCancels[] = {"soltanto", "tutti", "tutte"};
constexpr W kItPlainNots[] = {"non"};
constexpr W kItOthers[] = {"concorrenti", "concorrenza", "diversamente"};
constexpr W kItAnaphors[] = {"essi", "esse", "questi", "queste"};
constexpr W kItButs[] = {"ma"};
// Words that no Spanish, English, French or Portuguese sentence holds
// (folded): they mark an Italian sentence.
constexpr W kItMarkers[] = {"della", "delle", "degli", "dei", "nel", "nella", "nelle", "gli",
                            "sono", "anche", "questo", "questa", "molto", "dal", "dalla", "di",
                            "ginocchio", "viene", "vengono"};
constexpr W kItWithouts[] = {"senza"};

// --- French (fr). "n'est", "n'utilisons" ...: every word opening with "n'"
// is a verbal negation (polarity.cpp reads it from the word's form).
constexpr W kFrContrast[] = {"mais", "cependant", "toutefois", "pourtant", "tandis",
                             "neanmoins", "plutot"};
constexpr W kFrSubordinators[] = {"sans", "quand", "lorsque", "tandis", "contrairement",
                                  "plutot"};
constexpr W kFrSubjects[] = {"nous", "notre", "nos", "vous", "votre", "vos"};
constexpr W kFrCoordinators[] = {"et", "ou"};
constexpr W kFrRestart[] = {"seulement", "uniquement", "toujours", "exclusivement"};
constexpr W kFrNotFollowers[] = {"seulement", "uniquement", "une", "le", "les", "tous",
                                 "toutes", "toujours"};
constexpr W kFrRelatives[] = {"qui", "dont", "lequel", "laquelle"};
constexpr W kFrOthersQuantifiers[] = {"autres", "nombreuses", "nombreux", "certaines",
                                      "certains", "plusieurs", "beaucoup"};
constexpr W kFrParties[] = {"clinique", "cliniques", "centre", "centres", "medecins",
                            "praticiens", "cabinets", "etablissements"};
constexpr W kFrPluralParties[] = {"cliniques", "centres", "medecins", "praticiens", "cabinets",
                                  "etablissements"};
constexpr W kFrPossessives[] = {"notre", "nos", "mon", "ma", "mes"};
constexpr W kFrInclusive[] = {"rares", "seuls", "seules", "parmi"};
constexpr W kFrSelf[] = {"nous", "notre", "nos"};
constexpr W kFrAgentPreps[] = {"par", "chez", "dans"};
// "ne" is left out (the Italian pronoun "ne" is common); "pas", "jamais" and
// the "n'" forms carry the French negation.
constexpr W kFrVerbalNegations[] = {"pas", "jamais"};
constexpr W kFrDeterminerNegations[] = {"aucun", "aucune", "nul", "nulle"};
constexpr W kFrPrepositionNegations[] = {"sauf", "excepte", "hormis"};
constexpr W kFrNegations[] = {"pas", "jamais"};
// "ne ... que" is "only": "nous n'utilisons que vos propres cellules".
constexpr W kFrNegationCancels[] = {"seulement", "que", "qu'", "tous", "toutes"};
constexpr W kFrPlainNots[] = {"pas"};
constexpr W kFrOthers[] = {"concurrents", "contrairement", "ailleurs"};
constexpr W kFrLinking[] = {"est", "sont", "pas", "plus", "actuellement"};
constexpr W kFrAnaphors[] = {"ils", "elles", "ces", "ceux", "celles"};
constexpr W kFrButs[] = {"mais"};
constexpr W kFrWithouts[] = {"sans"};

// --- Turkish (tr). Negation mostly follows the noun it negates ("...
// kullanmiyoruz", "... degildir"), which the engine reads as negation after
// the mention.
constexpr W kTrContrast[] = {"ama", "fakat", "ancak", "lakin", "oysa", "halbuki"};
constexpr W kTrSubordinators[] = {"eger", "ragmen"};
constexpr W kTrSubjects[] = {"biz", "bizim", "siz", "sizin"};
constexpr W kTrCoordinators[] = {"ve", "veya", "ile"};
constexpr W kTrRestart[] = {"sadece", "yalnizca", "yalniz", "daima"};
constexpr W kTrNotFollowers[] = {"sadece", "yalnizca"};
constexpr W kTrRelatives[] = {"ki"};
constexpr W kTrOthersQuantifiers[] = {"diger", "baska", "bircok", "bazi", "cogu", "cesitli"};
constexpr W kTrParties[] = {"klinik", "klinikler", "merkezler", "doktorlar", "hekimler",
                            "hastaneler"};
constexpr W kTrPluralParties[] = {"klinikler", "merkezler", "doktorlar", "hekimler",
                                  "hastaneler"};
constexpr W kTrPossessives[] = {"bizim", "benim"};
constexpr W kTrSelf[] = {"biz", "bizim", "klinigimiz", "klinigimizde", "merkezimiz",
                         "merkezimizde"};
constexpr W kTrConditionals[] = {"eger"};
constexpr W kTrVerbalNegations[] = {"degil",      "degildir",    "yok",         "yoktur",
                                    "olmaz",      "gerekmez",    "gerekmiyor",  "kullanmiyoruz",
                                    "kullanmayiz", "uygulamiyoruz", "yapmiyoruz", "icermez",
                                    "bulunmamaktadir", "kullanilmaz", "kullanilmamaktadir",
                                    "uygulanmaz", "hayir"};
constexpr W kTrDeterminerNegations[] = {"hicbir"};
constexpr W kTrPrepositionNegations[] = {"olmaksizin", "haric"};
constexpr W kTrNegations[] = {"degil", "degildir"};
constexpr W kTrPlainNots[] = {"degil"};
constexpr W kTrOthers[] = {"rakipler", "digerleri"};
constexpr W kTrAnaphors[] = {"bunlar", "onlar"};
constexpr W kTrButs[] = {"ama", "fakat", "ancak"};

// --- Polish (pl). "my" (we) is left out: it is the English "my".
constexpr W kPlContrast[] = {"ale", "lecz", "jednak", "natomiast", "chociaz", "choc", "zas"};
constexpr W kPlSubordinators[] = {"jesli", "jezeli", "gdy", "kiedy", "bez", "chociaz",
                                  "zamiast"};
constexpr W kPlSubjects[] = {"nasz", "nasza", "nasze", "nasi", "naszym", "naszej", "wy"};
constexpr W kPlCoordinators[] = {"i", "oraz", "lub", "albo", "ani"};
constexpr W kPlRestart[] = {"tylko", "jedynie", "wylacznie", "zawsze"};
constexpr W kPlNotFollowers[] = {"tylko", "jedynie", "zawsze", "wszystkie", "wszyscy", "kazdy"};
constexpr W kPlRelatives[] = {"ktory", "ktora", "ktore", "ktorzy", "ktorych", "gdzie"};
constexpr W kPlOthersQuantifiers[] = {"inne", "innych", "inni", "wiele", "wielu", "niektore",
                                      "niektorych", "niektorzy", "wiekszosc", "rozne"};
constexpr W kPlParties[] = {"klinika", "kliniki", "klinik", "osrodki", "osrodkow", "lekarze",
                            "lekarzy", "gabinety", "placowki", "centra"};
constexpr W kPlPluralParties[] = {"kliniki", "klinik", "osrodki", "lekarze", "gabinety",
                                  "placowki", "centra"};
constexpr W kPlPossessives[] = {"nasz", "nasza", "nasze", "naszym", "naszej", "naszych", "moj",
                                "moja"};
constexpr W kPlSelf[] = {"nasz", "nasza", "nasze", "naszym", "naszej", "naszych"};
constexpr W kPlConditionals[] = {"jesli", "jezeli", "gdyby"};
constexpr W kPlAgentPreps[] = {"w", "przez"};
constexpr W kPlVerbalNegations[] = {"nie", "nigdy", "ani"};
constexpr W kPlDeterminerNegations[] = {"zaden", "zadna", "zadne", "zadnych", "zadnego", "brak"};
constexpr W kPlPrepositionNegations[] = {"bez", "oprocz", "zamiast"};
constexpr W kPlNegations[] = {"nie", "nigdy"};
constexpr W kPlNegationCancels[] = {"tylko", "jedynie", "wszystkie", "wszyscy"};
constexpr W kPlPlainNots[] = {"nie"};
constexpr W kPlOthers[] = {"konkurencja", "konkurencji"};
constexpr W kPlLinking[] = {"jest", "sa", "byl", "bedzie", "sie"};
constexpr W kPlAnaphors[] = {"one", "ich", "te", "tych"};
constexpr W kPlButs[] = {"ale", "lecz"};
constexpr W kPlWithouts[] = {"bez"};

// --- Czech (cs): negation is the verb prefix "ne-", listed by form.
constexpr W kCsVerbalNegations[] = {"neni", "nelze", "nemusi", "nejsou", "nepouzivame",
                                    "nepouziva", "neobsahuje", "nikdy"};
constexpr W kCsDeterminerNegations[] = {"zadny", "zadna", "zadne", "zadnou"};
constexpr W kCsNegations[] = {"neni", "nelze"};
constexpr W kCsContrast[] = {"ale", "avsak", "zatimco"};
constexpr W kCsSubjects[] = {"my", "nas", "nase", "nasi"};

constexpr PolarityWords kWordTable[] = {
    {kContrastWord, kContrast},
    {kSubordinatorWord, kSubordinators},
    {kSubjectWord, kSubjects},
    {kCoordinatorWord, kCoordinators},
    {kRestartWord, kRestart},
    {kNotFollowerWord, kNotFollowers},
    {kRelativeWord, kRelatives},
    {kOthersQuantifierWord, kOthersQuantifiers},
    {kNegatedQuantifierWord, kNegatedQuantifiers},
    {kPartyWord, kParties},
    {kPluralPartyWord, kPluralParties},
    {kPossessiveWord, kPossessives},
    {kInclusiveWord, kInclusive},
    {kVerbAfterNoWord, kVerbAfterNo},
    {kSelfWord, kSelf},
    {kConditionalWord, kConditionals},
    {kAgentPrepWord, kAgentPreps},
    {kVerbalNegationWord, kVerbalNegations},
    {kDeterminerNegationWord, kDeterminerNegations},
    {kPrepositionNegationWord, kPrepositionNegations},
    {kNegationWord, kNegations},
    {kNegationCancelWord, kNegationCancels},
    {kPlainNotWord, kPlainNots},
    {kOthersWord, kOthers},
    {kLinkingWord, kLinking},
    {kAnaphorWord, kAnaphors},
    {kButWord, kButs},
    {kWithoutWord, kWithouts},
    {kIfOrYesWord, kIfOrYes},
    {kNoWord, kNos},
    // --- Portuguese (pt)
    {kContrastWord, kPtContrast},
    {kSubordinatorWord, kPtSubordinators},
    {kSubjectWord, kPtSubjects},
    {kCoordinatorWord, kPtCoordinators},
    {kRestartWord, kPtRestart},
    {kNotFollowerWord, kPtNotFollowers},
    {kRelativeWord, kPtRelatives},
    {kOthersQuantifierWord, kPtOthersQuantifiers},
    {kPartyWord, kPtParties},
    {kPluralPartyWord, kPtParties},
    {kPossessiveWord, kPtPossessives},
    {kInclusiveWord, kPtInclusive},
    {kSelfWord, kPtSelf},
    {kAgentPrepWord, kPtAgentPreps},
    {kVerbalNegationWord, kPtVerbalNegations},
    {kDeterminerNegationWord, kPtDeterminerNegations},
    {kPrepositionNegationWord, kPtPrepositionNegations},
    {kNegationWord, kPtNegations},
    {kNegationCancelWord, kPtNegationCancels},
    {kPlainNotWord, kPtNegations},
    {kOthersWord, kPtOthers},
    {kLinkingWord, kPtLinking},
    {kAnaphorWord, kPtAnaphors},
    {kWithoutWord, kPtWithouts},
    {kPortugueseMarkerWord, kPtMarkers},
    // --- Italian (it)
    {kContrastWord, kItContrast},
    {kSubordinatorWord, kItSubordinators},
    {kSubjectWord, kItSubjects},
    {kCoordinatorWord, kItCoordinators},
    {kRestartWord, kItRestart},
    {kNotFollowerWord, kItNotFollowers},
    {kRelativeWord, kItRelatives},
    {kOthersQuantifierWord, kItOthersQuantifiers},
    {kPartyWord, kItParties},
    {kPluralPartyWord, kItParties},
    {kPossessiveWord, kItPossessives},
    {kInclusiveWord, kItInclusive},
    {kSelfWord, kItSelf},
    {kConditionalWord, kItConditionals},
    {kAgentPrepWord, kItAgentPreps},
    {kVerbalNegationWord, kItVerbalNegations},
    {kDeterminerNegationWord, kItDeterminerNegations},
    {kPrepositionNegationWord, kItPrepositionNegations},
    {kNegationWord, kItNegations},
    {kNegationCancelWord, kItNegationCancels},
    {kPlainNotWord, kItPlainNots},
    {kOthersWord, kItOthers},
    {kAnaphorWord, kItAnaphors},
    {kButWord, kItButs},
    {kWithoutWord, kItWithouts},
    {kItalianMarkerWord, kItMarkers},
    // --- French (fr)
    {kContrastWord, kFrContrast},
    {kSubordinatorWord, kFrSubordinators},
    {kSubjectWord, kFrSubjects},
    {kCoordinatorWord, kFrCoordinators},
    {kRestartWord, kFrRestart},
    {kNotFollowerWord, kFrNotFollowers},
    {kRelativeWord, kFrRelatives},
    {kOthersQuantifierWord, kFrOthersQuantifiers},
    {kPartyWord, kFrParties},
    {kPluralPartyWord, kFrPluralParties},
    {kPossessiveWord, kFrPossessives},
    {kInclusiveWord, kFrInclusive},
    {kSelfWord, kFrSelf},
    {kAgentPrepWord, kFrAgentPreps},
    {kVerbalNegationWord, kFrVerbalNegations},
    {kDeterminerNegationWord, kFrDeterminerNegations},
    {kPrepositionNegationWord, kFrPrepositionNegations},
    {kNegationWord, kFrNegations},
    {kNegationCancelWord, kFrNegationCancels},
    {kPlainNotWord, kFrPlainNots},
    {kOthersWord, kFrOthers},
    {kLinkingWord, kFrLinking},
    {kAnaphorWord, kFrAnaphors},
    {kButWord, kFrButs},
    {kWithoutWord, kFrWithouts},
    // --- Turkish (tr)
    {kContrastWord, kTrContrast},
    {kSubordinatorWord, kTrSubordinators},
    {kSubjectWord, kTrSubjects},
    {kCoordinatorWord, kTrCoordinators},
    {kRestartWord, kTrRestart},
    {kNotFollowerWord, kTrNotFollowers},
    {kRelativeWord, kTrRelatives},
    {kOthersQuantifierWord, kTrOthersQuantifiers},
    {kPartyWord, kTrParties},
    {kPluralPartyWord, kTrPluralParties},
    {kPossessiveWord, kTrPossessives},
    {kSelfWord, kTrSelf},
    {kConditionalWord, kTrConditionals},
    {kVerbalNegationWord, kTrVerbalNegations},
    {kDeterminerNegationWord, kTrDeterminerNegations},
    {kPrepositionNegationWord, kTrPrepositionNegations},
    {kNegationWord, kTrNegations},
    {kPlainNotWord, kTrPlainNots},
    {kOthersWord, kTrOthers},
    {kAnaphorWord, kTrAnaphors},
    {kButWord, kTrButs},
    // --- Polish (pl)
    {kContrastWord, kPlContrast},
    {kSubordinatorWord, kPlSubordinators},
    {kSubjectWord, kPlSubjects},
    {kCoordinatorWord, kPlCoordinators},
    {kRestartWord, kPlRestart},
    {kNotFollowerWord, kPlNotFollowers},
    {kRelativeWord, kPlRelatives},
    {kOthersQuantifierWord, kPlOthersQuantifiers},
    {kPartyWord, kPlParties},
    {kPluralPartyWord, kPlPluralParties},
    {kPossessiveWord, kPlPossessives},
    {kSelfWord, kPlSelf},
    {kConditionalWord, kPlConditionals},
    {kAgentPrepWord, kPlAgentPreps},
    {kVerbalNegationWord, kPlVerbalNegations},
    {kDeterminerNegationWord, kPlDeterminerNegations},
    {kPrepositionNegationWord, kPlPrepositionNegations},
    {kNegationWord, kPlNegations},
    {kNegationCancelWord, kPlNegationCancels},
    {kPlainNotWord, kPlPlainNots},
    {kOthersWord, kPlOthers},
    {kLinkingWord, kPlLinking},
    {kAnaphorWord, kPlAnaphors},
    {kButWord, kPlButs},
    {kWithoutWord, kPlWithouts},
    // --- Czech (cs)
    {kVerbalNegationWord, kCsVerbalNegations},
    {kDeterminerNegationWord, kCsDeterminerNegations},
    {kNegationWord, kCsNegations},
    {kContrastWord, kCsContrast},
    {kSubjectWord, kCsSubjects},
};

constexpr W kClauseOpeners[] = {"which is why", "that is why", "this is why", "that's why",
                                "sin embargo",  "en cambio",   "por eso",     "por ello",
                                "deshalb",      "darum",       "daher"};
constexpr W kNotContrasts[] = {"instead of", "rather than"};
constexpr W kSubordinateOpeners[] = {"in contrast",  "in case",     "as opposed",
                                     "a diferencia", "en lugar",    "en vez",
                                     "en caso",      "en comparacion",
                                     "im gegensatz", "im vergleich"};
constexpr W kCommaSubordinators[] = {"unlike", "if",   "unless", "without",      "whereas",
                                     "sin",    "si",   "a diferencia",
                                     "ohne",   "wenn", "falls",  "im gegensatz"};
constexpr W kNegationPhrases[] = {"instead of",  "rather than", "free of",    "free from",
                                  "as opposed to", "in place of",
                                  "libre de",    "en lugar de", "en vez de",
                                  "frei von"};
constexpr W kNotNegations[] = {"sin embargo"};
constexpr W kCancelsAfterNegation[] = {"more than", "to mention"};
constexpr W kOthersPhrases[] = {
    "compared to",     "compared with",   "beware of",      "in contrast to", "watch out for",
    "comparado con",   "comparados con",  "comparadas con", "cuidado con",
    "a diferencia de", "en contraste con", "en comparacion con",
    "vorsicht vor",    "anders als",      "im gegensatz zu", "im vergleich zu",
    // A contrast with what came before ("In contrast, bone marrow
    // harvesting is invasive"): until the clinic is the subject again ("we",
    // "our").
    "in contrast", "by contrast", "por el contrario", "en cambio", "im gegensatz dazu",
    // Plural demonstratives over clinics: a clinic speaks of itself as "we"
    // or "our clinics", so "these clinics" / "diese Kliniken" are others.
    "these clinics", "those clinics", "such clinics", "these centers", "these centres",
    "such centers", "such centres", "these providers", "those providers", "such providers",
    "these facilities", "such facilities", "these companies", "such companies",
    "estas clinicas", "esas clinicas", "aquellas clinicas", "tales clinicas", "dichas clinicas",
    "estos centros", "esos centros", "dichos centros", "diese kliniken", "solche kliniken",
    "jene kliniken", "diese praxen", "solche praxen", "diese zentren", "solche zentren",
    "diese anbieter", "solche anbieter"};
constexpr W kConditionPhrases[] = {"in case", "en caso"};
constexpr W kRhetoricalOpeners[] = {"did you know", "sabia", "sabias", "wussten", "wusstest"};
constexpr W kUsageVerbPrefixes[] = {
    "offer", "use",    "sell",   "provide", "carry",  "stock",  "recommend", "inject",
    "administer",
    "ofrec", "usa",    "usamos", "utiliz",  "vend",   "recomend", "aplic",   "emple",
    "anbiet", "bieten", "verwend", "einsetz", "nutz",  "benutz"};


// --- Portuguese (pt), Italian (it), French (fr), Turkish (tr), Polish (pl):
// phrases, one array per language and table.
constexpr W kPtClauseOpeners[] = {"por isso", "no entanto", "por outro lado"};
constexpr W kPtNotContrasts[] = {"em vez de", "ao inves de"};
constexpr W kPtSubordinateOpeners[] = {"ao contrario", "em vez", "no caso", "em comparacao"};
constexpr W kPtCommaSubordinators[] = {"sem", "ao contrario", "caso"};
constexpr W kPtNegationPhrases[] = {"em vez de", "ao inves de", "livre de", "em lugar de"};
constexpr W kPtOthersPhrases[] = {"comparado com", "comparados com", "em comparacao com",
                                  "ao contrario de", "diferentemente de", "cuidado com",
                                  "essas clinicas", "esses centros", "tais clinicas"};
constexpr W kPtConditionPhrases[] = {"no caso", "em caso"};
constexpr W kPtRhetoricalOpeners[] = {"voce sabia", "sabia que"};
constexpr W kPtUsageVerbPrefixes[] = {"oferec", "utiliz", "aplic", "empreg", "injet"};

constexpr W kItClauseOpeners[] = {"per questo", "d'altra parte", "per cui"};
constexpr W kItNotContrasts[] = {"invece di", "piuttosto che"};
constexpr W kItSubordinateOpeners[] = {"a differenza", "invece di", "nel caso", "rispetto"};
constexpr W kItCommaSubordinators[] = {"senza", "a differenza", "qualora"};
constexpr W kItNegationPhrases[] = {"invece di", "piuttosto che", "al posto di", "libero da",
                                    "priva di", "privo di", "privi di"};
constexpr W kItOthersPhrases[] = {"rispetto a", "rispetto alla", "rispetto al",
                                  "a differenza di", "diversamente da", "attenzione a",
                                  "in confronto a", "queste cliniche", "tali cliniche",
                                  "questi centri"};
constexpr W kItConditionPhrases[] = {"nel caso", "in caso"};
constexpr W kItRhetoricalOpeners[] = {"lo sapevi", "sapevate che"};
constexpr W kItUsageVerbPrefixes[] = {"offr", "utilizz", "usiamo", "impieg", "applic",
                                      "iniett"};

constexpr W kFrClauseOpeners[] = {"c'est pourquoi", "par contre", "en revanche"};
constexpr W kFrNotContrasts[] = {"plutot que", "au lieu de"};
constexpr W kFrSubordinateOpeners[] = {"alors que", "bien que", "au lieu", "en cas",
                                       "par rapport"};
constexpr W kFrCommaSubordinators[] = {"sans", "contrairement", "alors que"};
constexpr W kFrNegationPhrases[] = {"au lieu de", "plutot que", "exempt de", "exempte de",
                                    "libre de", "a la place de"};
constexpr W kFrOthersPhrases[] = {"compare a", "comparee a", "par rapport a", "contrairement a",
                                  "mefiez-vous", "mefiez vous", "attention aux", "ces cliniques",
                                  "ces centres", "de telles cliniques"};
constexpr W kFrConditionPhrases[] = {"en cas", "au cas"};
constexpr W kFrRhetoricalOpeners[] = {"saviez-vous", "saviez vous"};
constexpr W kFrUsageVerbPrefixes[] = {"propos", "utilis", "offr", "injectons", "appliqu",
                                      "employ"};

constexpr W kTrClauseOpeners[] = {"bu nedenle", "bu yuzden", "ote yandan"};
constexpr W kTrOthersPhrases[] = {"diger klinikler", "bazi klinikler", "bircok klinik"};
constexpr W kTrConditionPhrases[] = {"durumunda"};
constexpr W kTrUsageVerbPrefixes[] = {"kullan", "uygula", "sunu", "enjekte"};

constexpr W kPlClauseOpeners[] = {"dlatego", "z drugiej strony"};
constexpr W kPlNegationPhrases[] = {"zamiast", "wolne od", "wolny od", "wolna od"};
constexpr W kPlSubordinateOpeners[] = {"w przeciwienstwie", "w przypadku", "w porownaniu"};
constexpr W kPlCommaSubordinators[] = {"bez", "jesli", "jezeli", "w przeciwienstwie"};
constexpr W kPlOthersPhrases[] = {"w przeciwienstwie do", "w porownaniu z", "w porownaniu do",
                                  "uwaga na"};
constexpr W kPlConditionPhrases[] = {"w przypadku"};
constexpr W kPlUsageVerbPrefixes[] = {"stosuj", "uzyw", "oferuj", "wykonuj", "podaj",
                                      "wstrzyk"};

// --- Japanese (ja): text without spaces, matched around a mention.
// Negation after the predicate: ない/ません/ず and their polite and written
// forms, "not needed" (不要), "not covered" (適用外, 対象外).
constexpr W kJaNegationAfter[] = {
    "ない", "なく", "なし", "無し", "無い", "無く", "ません", "せず", "おらず", "できず", "不要", "不可", "適用外", "適応外",
    "対象外", "以外", "というより", "わず", "いず"};
// Words that hold a negation's letters but negate nothing: few (少ない),
// dangerous (危ない), no doubt (違いない), only (しかない), not only (だけで
// なく, だけではなく, のみならず), indispensable (欠かせない), certainly (必ず),
// regardless (問わず, 関わらず), either (いずれ).
constexpr W kJaNotNegation[] = {
    "少ない", "少なく", "危ない", "違いない", "しかない", "だけでなく", "だけではなく", "のみならず", "欠かせない", "必ず",
    "問わず", "思わず", "構わず", "関わらず", "かかわらず", "いずれ"};
// Said of others: other clinics (他院, 他のクリニック), abroad (海外では,
// 欧米では), in general and the market rate (一般的, 相場).
constexpr W kJaOthersBefore[] = {
    "他院", "他のクリニック", "海外では", "欧米では", "一般的", "相場"};
// Compared with (に比べ, と比べ, と比較, よりも): what comes before is the
// yardstick, not what the clinic offers.
constexpr W kJaComparedAfter[] = {"に比べ", "と比べ", "と比較", "よりも"};
// The clinic itself: 当院, 当クリニック.
constexpr W kJaSelfBefore[] = {
    "当院", "当クリニック"};

// --- Turkish (tr): the negative of a verb is a suffix ("karsilanmamaktadir",
// "kullanmiyoruz"). Only long, unambiguous endings; each ends in "r" or "z",
// which polarity.cpp checks first.
constexpr W kTrNegationSuffixes[] = {"mamaktadir", "memektedir", "miyor", "muyor", "miyoruz",
                                     "muyoruz", "mayiz", "meyiz", "mamistir", "memistir"};

struct PhraseRow {
  PolarityPhrases table;
  std::span<const W> phrases;
};

// Every phrase table, by row: the English, Spanish and German arrays, then
// one row per added language and table.
constexpr PhraseRow kPhraseRows[] = {
    {PolarityPhrases::kClauseOpener, kClauseOpeners},
    {PolarityPhrases::kNotContrast, kNotContrasts},
    {PolarityPhrases::kSubordinateOpener, kSubordinateOpeners},
    {PolarityPhrases::kCommaSubordinator, kCommaSubordinators},
    {PolarityPhrases::kNegationPhrase, kNegationPhrases},
    {PolarityPhrases::kNotNegation, kNotNegations},
    {PolarityPhrases::kCancelAfterNegation, kCancelsAfterNegation},
    {PolarityPhrases::kOthersPhrase, kOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kConditionPhrases},
    {PolarityPhrases::kRhetoricalOpener, kRhetoricalOpeners},
    {PolarityPhrases::kUsageVerbPrefix, kUsageVerbPrefixes},
    // --- Portuguese (pt)
    {PolarityPhrases::kClauseOpener, kPtClauseOpeners},
    {PolarityPhrases::kNotContrast, kPtNotContrasts},
    {PolarityPhrases::kSubordinateOpener, kPtSubordinateOpeners},
    {PolarityPhrases::kCommaSubordinator, kPtCommaSubordinators},
    {PolarityPhrases::kNegationPhrase, kPtNegationPhrases},
    {PolarityPhrases::kOthersPhrase, kPtOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kPtConditionPhrases},
    {PolarityPhrases::kRhetoricalOpener, kPtRhetoricalOpeners},
    {PolarityPhrases::kUsageVerbPrefix, kPtUsageVerbPrefixes},
    // --- Italian (it)
    {PolarityPhrases::kClauseOpener, kItClauseOpeners},
    {PolarityPhrases::kNotContrast, kItNotContrasts},
    {PolarityPhrases::kSubordinateOpener, kItSubordinateOpeners},
    {PolarityPhrases::kCommaSubordinator, kItCommaSubordinators},
    {PolarityPhrases::kNegationPhrase, kItNegationPhrases},
    {PolarityPhrases::kOthersPhrase, kItOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kItConditionPhrases},
    {PolarityPhrases::kRhetoricalOpener, kItRhetoricalOpeners},
    {PolarityPhrases::kUsageVerbPrefix, kItUsageVerbPrefixes},
    // --- French (fr)
    {PolarityPhrases::kClauseOpener, kFrClauseOpeners},
    {PolarityPhrases::kNotContrast, kFrNotContrasts},
    {PolarityPhrases::kSubordinateOpener, kFrSubordinateOpeners},
    {PolarityPhrases::kCommaSubordinator, kFrCommaSubordinators},
    {PolarityPhrases::kNegationPhrase, kFrNegationPhrases},
    {PolarityPhrases::kOthersPhrase, kFrOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kFrConditionPhrases},
    {PolarityPhrases::kRhetoricalOpener, kFrRhetoricalOpeners},
    {PolarityPhrases::kUsageVerbPrefix, kFrUsageVerbPrefixes},
    // --- Turkish (tr)
    {PolarityPhrases::kClauseOpener, kTrClauseOpeners},
    {PolarityPhrases::kOthersPhrase, kTrOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kTrConditionPhrases},
    {PolarityPhrases::kUsageVerbPrefix, kTrUsageVerbPrefixes},
    // --- Polish (pl)
    {PolarityPhrases::kClauseOpener, kPlClauseOpeners},
    {PolarityPhrases::kNegationPhrase, kPlNegationPhrases},
    {PolarityPhrases::kSubordinateOpener, kPlSubordinateOpeners},
    {PolarityPhrases::kCommaSubordinator, kPlCommaSubordinators},
    {PolarityPhrases::kOthersPhrase, kPlOthersPhrases},
    {PolarityPhrases::kConditionPhrase, kPlConditionPhrases},
    {PolarityPhrases::kUsageVerbPrefix, kPlUsageVerbPrefixes},
    // --- Japanese (ja)
    {PolarityPhrases::kCjkNegationAfter, kJaNegationAfter},
    {PolarityPhrases::kCjkNotNegation, kJaNotNegation},
    {PolarityPhrases::kCjkOthersBefore, kJaOthersBefore},
    {PolarityPhrases::kCjkSelfBefore, kJaSelfBefore},
    {PolarityPhrases::kCjkComparedAfter, kJaComparedAfter},
    {PolarityPhrases::kNegationSuffix, kTrNegationSuffixes},
};

}  // namespace

std::span<const PolarityWords> PolarityWordTable() { return kWordTable; }

std::vector<std::string_view> PolarityPhraseTable(PolarityPhrases table) {
  std::vector<std::string_view> out;
  for (const PhraseRow& row : kPhraseRows) {
    if (row.table == table) out.insert(out.end(), row.phrases.begin(), row.phrases.end());
  }
  return out;
}

}  // namespace clinicrank
