<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Load demo data</source>
        <translation>Načtení ukázkových dat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Replace ALL data in this database with the demo data?</source>
        <translation>Nahradit VŠECHNA data v této databázi ukázkovými daty?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Zpět: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Znovu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtry&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Opava Event Planner</source>
        <translation>Plánovač akcí Opava</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Calendar</source>
        <translation>Kalendář</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&lt;b&gt;Navigation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Navigace&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Sidebar</source>
        <translation>Postranní panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Load &amp;demo data…</source>
        <translation>Načíst &amp;ukázková data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;About</source>
        <translation>&amp;O programu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Main toolbar</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>The database is empty. Load the Opava demo data (venues, festivals, markets) to try the planner?</source>
        <translation>Databáze je prázdná. Načíst ukázková data Opavy (místa, festivaly, trhy) a vyzkoušet plánovač?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Demo data</source>
        <translation>Ukázková data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Replace ALL data in this database with the demo data? This cannot be undone.</source>
        <translation>Nahradit VŠECHNA data v této databázi ukázkovými daty? Tuto akci nelze vrátit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Demo data loaded.</source>
        <translation>Ukázková data načtena.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>found</source>
        <translation>nalezena</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>not present</source>
        <translation>neexistuje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Opava Event Planner %1</source>
        <translation>Plánovač akcí Opava %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Planning of festivals, concerts, markets and venues for the City of Opava.</source>
        <translation>Plánování festivalů, koncertů, trhů a míst konání pro statutární město Opava.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Office: %1</source>
        <translation>Úřad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Database: %1 (%2)</source>
        <translation>Databáze: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Publish folder: %1 (%2)</source>
        <translation>Složka pro kalendáře: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Office configuration: %1 (%2)</source>
        <translation>Konfigurace úřadu: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Your settings: %1</source>
        <translation>Vaše nastavení: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Log: %1</source>
        <translation>Protokol: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Which setting wins: the command line, then the environment variables PLANNER_DB_URL and PLANNER_PUBLISH_DIR, then your own settings, then the office configuration, then the default (your own database file).</source>
        <translation>Které nastavení platí: nejdříve volba příkazové řádky, pak proměnné prostředí PLANNER_DB_URL a PLANNER_PUBLISH_DIR, pak vaše vlastní nastavení, pak konfigurace úřadu a nakonec výchozí hodnota (vlastní databázový soubor).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>About</source>
        <translation>O programu</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="98"/>
        <source>Opava Event Planner</source>
        <translation>Plánovač akcí Opava</translation>
    </message>
    <message>
        <location filename="../../app.py" line="136"/>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Draft</source>
        <translation>Námět</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Planned</source>
        <translation>Plánováno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Festival edition</source>
        <translation>Ročník festivalu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Classical concert</source>
        <translation>Koncert vážné hudby</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Popular concert</source>
        <translation>Koncert populární hudby</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Theatre</source>
        <translation>Divadlo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Film screening</source>
        <translation>Filmová projekce</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Exhibition</source>
        <translation>Výstava</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Happening</source>
        <translation>Happening</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Lecture / reading</source>
        <translation>Přednáška / čtení</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Market</source>
        <translation>Trh</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Ceremony</source>
        <translation>Slavnostní akt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Competition round</source>
        <translation>Soutěžní kolo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="46"/>
        <location filename="../../ui/labels.py" line="57"/>
        <location filename="../../ui/labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Hall</source>
        <translation>Sál</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Church</source>
        <translation>Kostel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Cinema</source>
        <translation>Kino</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Club</source>
        <translation>Klub</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Museum</source>
        <translation>Muzeum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Open air</source>
        <translation>Pod širým nebem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Square</source>
        <translation>Náměstí</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Packaged food</source>
        <translation>Balené potraviny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Unpackaged food</source>
        <translation>Nebalené potraviny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Hot food</source>
        <translation>Teplá kuchyně</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Drinks</source>
        <translation>Nápoje</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Crafts</source>
        <translation>Řemesla</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Textiles</source>
        <translation>Textil</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Decorations</source>
        <translation>Dekorace</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Services</source>
        <translation>Služby</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Dramaturg</source>
        <translation>Dramaturg</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Presentation officer</source>
        <translation>Referent/ka prezentace města</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Assistant</source>
        <translation>Asistent/ka</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Tourist information centre</source>
        <translation>Turistické informační centrum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Press office</source>
        <translation>Tiskové oddělení</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Competition</source>
        <translation>Soutěž</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Concert season</source>
        <translation>Koncertní cyklus</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Celebration</source>
        <translation>Slavnost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Soloist</source>
        <translation>Sólista</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Ensemble</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Orchestra</source>
        <translation>Orchestr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Speaker</source>
        <translation>Řečník</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>DJ</source>
        <translation>DJ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Wooden hut</source>
        <translation>Dřevěný stánek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Tent</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Own stand</source>
        <translation>Vlastní stánek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Food truck</source>
        <translation>Food truck</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Applied</source>
        <translation>Přihláška</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Approved</source>
        <translation>Schváleno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Rejected</source>
        <translation>Zamítnuto</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Information</source>
        <translation>Informace</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Question</source>
        <translation>Dotaz</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Unexpected error</source>
        <translation>Neočekávaná chyba</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>An unexpected error happened; nothing you saved was lost. Please report it with the log file:</source>
        <translation>Došlo k neočekávané chybě; nic z uloženého se neztratilo. Nahlaste ji prosím a přiložte soubor protokolu:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/common/settings_dialog.py" line="34"/>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/common/settings_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <location filename="../../ui/side_panels.py" line="1"/>
        <source>Side &amp;panel</source>
        <translation>&amp;Postranní panel</translation>
    </message>
    <message>
        <location filename="../../ui/side_panels.py" line="1"/>
        <source>Show or hide the side panel of this page</source>
        <translation>Zobrazit nebo skrýt postranní panel této stránky</translation>
    </message>
</context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Hledat:</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Další</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>Find in the guide…</source>
            <translation>Hledat v příručce…</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nenalezeno</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation>Příručka v této instalaci chybí.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Příručka</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Příručka</translation>
        </message>
    </context>
</TS>
