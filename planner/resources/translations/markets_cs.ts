<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../ui/markets/models.py" line="109" />
        <source>Stall</source>
        <translation>Stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="109" />
        <source>Vendor</source>
        <translation>Prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="109" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="109" />
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="110" />
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="110" />
        <source>Fee</source>
        <translation>Poplatek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="110" />
        <source>Power</source>
        <translation>Elektřina</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="110" />
        <source>Paid on</source>
        <translation>Zaplaceno dne</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="160" />
        <source>needed, no outlet</source>
        <translation>potřebuje, chybí přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="160" />
        <source>needed</source>
        <translation>potřebuje</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="164" />
        <source>unpaid</source>
        <translation>nezaplaceno</translation>
    </message>
</context>
<context>
    <name>DayHoursDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="213" />
        <source>Opening hours on %1</source>
        <translation>Otevírací doba %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="216" />
        <source>Default hours (%1)</source>
        <translation>Běžná otevírací doba (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="221" />
        <source>Closed</source>
        <translation>Zavřeno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="222" />
        <source>Special hours:</source>
        <translation>Zvláštní otevírací doba:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="229" />
        <source>e.g. last day, tree lighting</source>
        <translation>např. poslední den, rozsvícení stromu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="252" />
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="263" />
        <source>The market must close after it opens.</source>
        <translation>Trh musí zavírat později, než otevírá.</translation>
    </message>
</context>
<context>
    <name>DayHoursModel</name>
    <message>
        <location filename="../../ui/markets/models.py" line="347" />
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="347" />
        <source>Opening hours</source>
        <translation>Otevírací doba</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="347" />
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="365" />
        <source>closed</source>
        <translation>zavřeno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="367" />
        <source>(default)</source>
        <translation>(běžná)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="382" />
        <source>Mon</source>
        <translation>po</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="382" />
        <source>Tue</source>
        <translation>út</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="383" />
        <source>Wed</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="383" />
        <source>Thu</source>
        <translation>čt</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="384" />
        <source>Fri</source>
        <translation>pá</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="384" />
        <source>Sat</source>
        <translation>so</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="385" />
        <source>Sun</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>MarketSettingsPanel</name>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="71" />
        <source>as per stall and day</source>
        <translation>podle sazby za stánek a den</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="77" />
        <source>Save hours and fees</source>
        <translation>Uložit otevírací dobu a poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="79" />
        <source>Apply the fees to unpaid bookings</source>
        <translation>Přepočítat nezaplacené poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="80" />
        <source>Recalculate the fee of every unpaid application and booking by this rule.</source>
        <translation>Přepočítá poplatek každé nezaplacené přihlášky a rezervace podle tohoto pravidla.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="88" />
        <source>Fee rule (CZK)</source>
        <translation>Pravidlo poplatků (Kč)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="90" />
        <source>Per stall and day:</source>
        <translation>Za stánek a den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="92" />
        <source>%1 per day:</source>
        <translation>%1 za den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="93" />
        <source>Per m² and day:</source>
        <translation>Za m² a den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="94" />
        <source>Power surcharge per day:</source>
        <translation>Příplatek za elektřinu na den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="95" />
        <source>Default opening hours and map</source>
        <translation>Běžná otevírací doba a plánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="97" />
        <source>Open daily:</source>
        <translation>Otevřeno denně:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="98" />
        <source>Map width (m):</source>
        <translation>Šířka plánku (m):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="99" />
        <source>Map depth (m):</source>
        <translation>Hloubka plánku (m):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="122" />
        <source>Change the hours of the day…</source>
        <translation>Změnit otevírací dobu dne…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="125" />
        <source>&lt;b&gt;Days&lt;/b&gt; (exceptions to the default hours in bold)</source>
        <translation>&lt;b&gt;Dny&lt;/b&gt; (výjimky z běžné otevírací doby tučně)</translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message>
        <location filename="../../ui/markets/feature.py" line="16" />
        <source>Markets</source>
        <translation>Trhy</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="72" />
        <source>Move stalls</source>
        <translation>Přesun stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="114" />
        <source>Stall map</source>
        <translation>Plánek stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="115" />
        <source>Applications and bookings</source>
        <translation>Přihlášky a rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="116" />
        <source>Opening hours and fees</source>
        <translation>Otevírací doba a poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="133" />
        <source>New market…</source>
        <translation>Nový trh…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="135" />
        <source>Copy the layout from a previous market…</source>
        <translation>Převzít rozmístění z dřívějšího trhu…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="137" />
        <source>Print map…</source>
        <translation>Tisk plánku…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="139" />
        <source>Export map to PDF…</source>
        <translation>Plánek do PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="142" />
        <source>Market:</source>
        <translation>Trh:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="161" />
        <source>Search stallholders…</source>
        <translation>Hledat prodejce…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="171" />
        <source>approved bookings</source>
        <translation>schválené rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="172" />
        <source>applications</source>
        <translation>přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="173" />
        <source>Drag a stallholder onto a stall to book it for all the market's days.</source>
        <translation>Přetažením prodejce na stánek jej zarezervujete na všechny dny trhu.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="178" />
        <source>&lt;b&gt;Stallholders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prodejci&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="183" />
        <source>Dropping creates:</source>
        <translation>Přetažení vytvoří:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="197" />
        <location filename="../../ui/markets/render.py" line="41" />
        <source>booking status</source>
        <translation>stavu rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="198" />
        <source>vendor category</source>
        <translation>kategorie prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="205" />
        <source>Zoom in (mouse wheel)</source>
        <translation>Přiblížit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="209" />
        <source>Zoom out (mouse wheel)</source>
        <translation>Oddálit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="212" />
        <source>Fit</source>
        <translation>Celý plánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="213" />
        <location filename="../../ui/markets/page.py" line="531" />
        <source>Show all stalls</source>
        <translation>Zobrazit všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="216" />
        <source>Colour by:</source>
        <translation>Barva podle:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="218" />
        <source>Day:</source>
        <translation>Den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="224" />
        <location filename="../../ui/markets/page.py" line="474" />
        <source>Click a stall to see its details; drag stalls to rearrange the layout.</source>
        <translation>Klepnutím na stánek zobrazíte podrobnosti; přetažením stánků změníte rozmístění.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="247" />
        <source>Search vendor or stall…</source>
        <translation>Hledat prodejce nebo stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="251" />
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="280" />
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="282" />
        <source>Reject</source>
        <translation>Zamítnout</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="284" />
        <source>Mark as paid…</source>
        <translation>Zaplaceno…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="286" />
        <source>Clear the payment</source>
        <translation>Zrušit platbu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="288" />
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="301" />
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="303" />
        <source>Stall:</source>
        <translation>Stánek:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="377" />
        <source>All days</source>
        <translation>Všechny dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="420" />
        <source>All stalls</source>
        <translation>Všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="431" />
        <source>No market yet: create one with “New market…”.</source>
        <translation>Zatím žádný trh: založte jej tlačítkem „Nový trh…“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="433" />
        <source>%n unpaid</source>
        <translation>
            <numerusform>%n nezaplacená</numerusform><numerusform>%n nezaplacené</numerusform><numerusform>%n nezaplacených</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="435" />
        <source>Expected: &lt;b&gt;%1&lt;/b&gt; · Paid: &lt;b&gt;%2&lt;/b&gt; · Outstanding: &lt;b&gt;%3&lt;/b&gt; (%4) · Approved: %5 · Applications to review: %6</source>
        <translation>Očekáváno: &lt;b&gt;%1&lt;/b&gt; · Zaplaceno: &lt;b&gt;%2&lt;/b&gt; · Zbývá: &lt;b&gt;%3&lt;/b&gt; (%4) · Schváleno: %5 · Přihlášky k posouzení: %6</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="483" />
        <source>power outlet</source>
        <translation>elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="485" />
        <source>no power outlet</source>
        <translation>bez elektrické přípojky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="491" />
        <source>paid %1</source>
        <translation>zaplaceno %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="491" />
        <source>unpaid</source>
        <translation>nezaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="496" />
        <source>No applications yet.</source>
        <translation>Zatím bez přihlášek.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="509" />
        <source>%1 is booked on stall %2 for %3 (fee %4).</source>
        <translation>%1 má rezervovaný stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="510" />
        <source>%1 applied for stall %2 for %3 (fee %4).</source>
        <translation>%1 se přihlásil o stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="528" />
        <source>Show the stall's applications</source>
        <translation>Zobrazit přihlášky stánku</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="529" />
        <source>Rotate by 90°</source>
        <translation>Otočit o 90°</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="578" />
        <source>Delete %n application(s)? Rejecting keeps the history; deleting does not.</source>
        <translation>
            <numerusform>Smazat %n přihlášku? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášky? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášek? Zamítnutí zachová historii, smazání ne.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="626" />
        <source>Copy the layout</source>
        <translation>Převzít rozmístění</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="627" />
        <source>Create the stalls of “%1” as they were at:</source>
        <translation>Vytvořit stánky trhu „%1“ tak, jak stály na trhu:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="635" />
        <source>%n stall(s) created from the earlier layout.</source>
        <translation>
            <numerusform>Podle dřívějšího rozmístění vznikl %n stánek.</numerusform><numerusform>Podle dřívějšího rozmístění vznikly %n stánky.</numerusform><numerusform>Podle dřívějšího rozmístění vzniklo %n stánků.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="649" />
        <source>Opening hours and fees saved. Fees of existing bookings stay until you apply the rule to them.</source>
        <translation>Otevírací doba a poplatky uloženy. Poplatky stávajících rezervací se změní, až na ně pravidlo použijete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="658" />
        <source>%n unpaid fee(s) recalculated.</source>
        <translation>
            <numerusform>Přepočítán %n nezaplacený poplatek.</numerusform><numerusform>Přepočítány %n nezaplacené poplatky.</numerusform><numerusform>Přepočítáno %n nezaplacených poplatků.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="706" />
        <source>Export the stall map</source>
        <translation>Uložit plánek stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="706" />
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="715" />
        <source>Cannot write %1.</source>
        <translation>Soubor %1 nelze zapsat.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="717" />
        <source>The map was saved to %1.</source>
        <translation>Plánek byl uložen do %1.</translation>
    </message>
</context>
<context>
    <name>NewMarketDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="78" />
        <source>New market</source>
        <translation>Nový trh</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="81" />
        <source>e.g. Vánoční trhy Opava 2027</source>
        <translation>např. Vánoční trhy Opava 2027</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="85" />
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="91" />
        <source>(no stalls yet)</source>
        <translation>(zatím bez stánků)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="100" />
        <source>Title:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="101" />
        <source>First day:</source>
        <translation>První den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="102" />
        <source>Last day:</source>
        <translation>Poslední den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="103" />
        <source>Square:</source>
        <translation>Náměstí:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="104" />
        <source>Opening hours:</source>
        <translation>Otevírací doba:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="105" />
        <source>Copy the stall layout of:</source>
        <translation>Převzít rozmístění stánků z:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="123" />
        <source>Enter the market's title.</source>
        <translation>Zadejte název trhu.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="125" />
        <source>The last day must not be before the first day.</source>
        <translation>Poslední den nesmí být před prvním dnem.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="127" />
        <source>The market must close after it opens.</source>
        <translation>Trh musí zavírat později, než otevírá.</translation>
    </message>
</context>
<context>
    <name>PaidDateDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="180" />
        <source>Mark as paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="189" />
        <source>Paid on:</source>
        <translation>Zaplaceno dne:</translation>
    </message>
</context>
<context>
    <name>StallMap</name>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="90" />
        <location filename="../../ui/markets/stall_map.py" line="505" />
        <source>Free</source>
        <translation>Volný</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="91" />
        <location filename="../../ui/markets/stall_map.py" line="507" />
        <source>Applications only</source>
        <translation>Jen přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="92" />
        <source>Approved, unpaid</source>
        <translation>Schváleno, nezaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="93" />
        <source>Approved, paid</source>
        <translation>Schváleno, zaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="183" />
        <source>all days</source>
        <translation>všechny dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="185" />
        <source>%1 · shown: %2 · coloured by %3</source>
        <translation>%1 · zobrazeno: %2 · barva podle %3</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="189" />
        <source>printed %1</source>
        <translation>vytištěno %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="190" />
        <source>Stall map: %1</source>
        <translation>Plánek stánků: %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="376" />
        <location filename="../../ui/markets/stall_map.py" line="508" />
        <source>Power outlet</source>
        <translation>Elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="378" />
        <source>Water</source>
        <translation>Voda</translation>
    </message>
</context>
</TS>