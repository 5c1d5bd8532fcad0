<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/lists/page.py" line="122" />
        <source>Search (name, address, contact…)</source>
        <translation>Hledat (název, adresa, kontakt…)</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="124" />
        <source>Show archived</source>
        <translation>Zobrazit archivované</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="127" />
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="155" />
        <location filename="../../ui/lists/page.py" line="246" />
        <source>New…</source>
        <translation>Nový…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="231" />
        <source>%1 of %2 shown</source>
        <translation>Zobrazeno %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="247" />
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="248" />
        <source>Archive</source>
        <translation>Archivovat</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="249" />
        <source>Restore from archive</source>
        <translation>Obnovit z archivu</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="250" />
        <source>Delete permanently…</source>
        <translation>Trvale smazat…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="373" />
        <source>Archive %1</source>
        <translation>Archivovat %1</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="373" />
        <source>Restore %1</source>
        <translation>Obnovit %1</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="382" />
        <source>Delete “%1” permanently? Only records never used can be deleted; others are archived.</source>
        <translation>Trvale smazat „%1“? Smazat lze jen záznam, který se nikde nepoužil; ostatní se archivují.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/page.py" line="384" />
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="36" />
        <source>Edit service</source>
        <translation>Upravit službu</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="36" />
        <source>New service to an event</source>
        <translation>Nová služba na akci</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="51" />
        <source>&amp;Event:</source>
        <translation>&amp;Akce:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="53" />
        <source>&amp;Service:</source>
        <translation>&amp;Služba:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="54" />
        <source>e.g. sound and lights, stage, catering</source>
        <translation>např. ozvučení a světla, pódium, občerstvení</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="56" />
        <source>&amp;Fee (CZK):</source>
        <translation>&amp;Odměna (Kč):</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="57" />
        <source>Paid on</source>
        <translation>Zaplaceno dne</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="69" />
        <source>Payment:</source>
        <translation>Platba:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/supply_dialog.py" line="70" />
        <source>&amp;Notes:</source>
        <translation>&amp;Poznámky:</translation>
    </message>
</context>
<context>
    <name>VendorDetail</name>
    <message>
        <location filename="../../ui/vendors/detail.py" line="60" />
        <source>Select one vendor to see their details.</source>
        <translation>Vyberte jednoho prodejce a zobrazí se jeho podrobnosti.</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="63" />
        <source>Market</source>
        <translation>Trh</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="63" />
        <source>Stall</source>
        <translation>Stánek</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="63" />
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="63" />
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="63" />
        <location filename="../../ui/vendors/detail.py" line="70" />
        <source>Fee</source>
        <translation>Poplatek</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="64" />
        <location filename="../../ui/vendors/detail.py" line="70" />
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="70" />
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="70" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="70" />
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="78" />
        <source>Add service…</source>
        <translation>Přidat službu…</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="79" />
        <source>Record a service this vendor supplies to an event</source>
        <translation>Zapsat službu, kterou dodavatel poskytuje na akci</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="81" />
        <location filename="../../ui/vendors/detail.py" line="93" />
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="83" />
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="95" />
        <source>Export personal data…</source>
        <translation>Export osobních údajů…</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="96" />
        <source>Save everything we hold about this vendor to a file</source>
        <translation>Uložit do souboru vše, co o prodejci evidujeme</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="98" />
        <source>Anonymise…</source>
        <translation>Anonymizovat…</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="100" />
        <source>Clear the contact person, phone, e-mail, street and consent; bookings and fees stay</source>
        <translation>Vymaže kontaktní osobu, telefon, e-mail, ulici a souhlas; rezervace a poplatky zůstanou</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="153" />
        <source> (archived)</source>
        <translation> (archivováno)</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="155" />
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="156" />
        <source>DIČ</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="157" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="158" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="159" />
        <source>Contact person</source>
        <translation>Kontaktní osoba</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="160" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="161" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="162" />
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="163" />
        <source>Power needed</source>
        <translation>Potřebný příkon</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="164" />
        <source>Goods</source>
        <translation>Sortiment</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="165" />
        <source>Consent given</source>
        <translation>Souhlas udělen</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="166" />
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="177" />
        <source>&lt;b&gt;Stall bookings across markets&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Rezervace stánků na trzích&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="187" />
        <source>&lt;b&gt;Services supplied to events&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Služby dodané na akce&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="193" />
        <source>Fees for services: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;paid to the supplier %2 · still to pay &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Odměny za služby: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;dodavateli zaplaceno %2 · zbývá zaplatit &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/detail.py" line="203" />
        <source>Fees of approved bookings: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;paid %2 · outstanding &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Poplatky schválených rezervací: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;zaplaceno %2 · zbývá zaplatit &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="25" />
        <source>Edit vendor</source>
        <translation>Upravit prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="25" />
        <source>New vendor</source>
        <translation>Nový prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="27" />
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="28" />
        <source>&amp;IČO:</source>
        <translation>&amp;IČO:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="29" />
        <source>&amp;DIČ:</source>
        <translation>&amp;DIČ:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="34" />
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="35" />
        <source>Market stallholder</source>
        <translation>Prodejce na trzích</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="37" />
        <source>Supplier of services</source>
        <translation>Dodavatel služeb</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="43" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="44" />
        <source>C&amp;ontact person:</source>
        <translation>Kontaktní &amp;osoba:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="45" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="46" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="47" />
        <source>&amp;Street:</source>
        <translation>&amp;Ulice:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="48" />
        <source>&amp;Town:</source>
        <translation>O&amp;bec:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="49" />
        <source>Postal &amp;code:</source>
        <translation>&amp;PSČ:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="51" />
        <source>Po&amp;wer needed (kW):</source>
        <translation>Potřebný příkon (k&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="52" />
        <source>&amp;Goods:</source>
        <translation>&amp;Sortiment:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="53" />
        <source>No&amp;tes:</source>
        <translation>Po&amp;známky:</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="54" />
        <source>Consent to personal data processing given on</source>
        <translation>Souhlas se zpracováním osobních údajů udělen dne</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/dialog.py" line="67" />
        <source>Consent:</source>
        <translation>Souhlas:</translation>
    </message>
</context>
<context>
    <name>VendorTableModel</name>
    <message>
        <location filename="../../ui/vendors/model.py" line="43" />
        <source>stallholder</source>
        <translation>prodejce na trzích</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="45" />
        <source>supplier</source>
        <translation>dodavatel služeb</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="65" />
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="65" />
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="65" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="65" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="66" />
        <source>Contact person</source>
        <translation>Kontaktní osoba</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="66" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="66" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="66" />
        <source>City</source>
        <translation>Obec</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="67" />
        <source>Power</source>
        <translation>Příkon</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/model.py" line="67" />
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../ui/vendors/page.py" line="52" />
        <source>All categories</source>
        <translation>Všechny kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="58" />
        <source>Stallholders and suppliers</source>
        <translation>Prodejci i dodavatelé</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="59" />
        <source>Stallholders</source>
        <translation>Prodejci na trzích</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="60" />
        <source>Suppliers</source>
        <translation>Dodavatelé služeb</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="93" />
        <source>%1 of %2 vendors shown</source>
        <translation>Zobrazeno %1 z %2 prodejců</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="106" />
        <source>Export personal data</source>
        <translation>Export osobních údajů</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="106" />
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="115" />
        <source>Cannot write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="117" />
        <source>Personal data saved to %1.</source>
        <translation>Osobní údaje byly uloženy do souboru %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="138" />
        <source>Remove “%1” for “%2”?</source>
        <translation>Odebrat „%1“ pro akci „%2“?</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="139" />
        <source>Remove service</source>
        <translation>Odebrat službu</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="152" />
        <source>Anonymise “%1”? The contact person, phone, e-mail, street and consent date are cleared for good; bookings and fees stay. This cannot be undone.</source>
        <translation>Anonymizovat „%1“? Kontaktní osoba, telefon, e-mail, ulice a datum souhlasu budou trvale vymazány; rezervace a poplatky zůstanou. Tuto akci nelze vrátit.</translation>
    </message>
    <message>
        <location filename="../../ui/vendors/page.py" line="155" />
        <source>Anonymise vendor</source>
        <translation>Anonymizace prodejce</translation>
    </message>
</context>
<context>
    <name>VenueDetail</name>
    <message>
        <location filename="../../ui/venues/detail.py" line="46" />
        <source>Select one venue to see its details.</source>
        <translation>Vyberte jedno místo a zobrazí se jeho podrobnosti.</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="48" />
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="48" />
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="48" />
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="55" />
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="57" />
        <source>Show in timeline</source>
        <translation>Ukázat na časové ose</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="58" />
        <source>Open the calendar at this venue's bookings</source>
        <translation>Otevřít kalendář u akcí tohoto místa</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="96" />
        <source> (archived)</source>
        <translation> (archivováno)</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="100" />
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="101" />
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="102" />
        <source>Capacity</source>
        <translation>Kapacita</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="103" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="104" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="105" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="106" />
        <source>Equipment</source>
        <translation>Vybavení</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="107" />
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="116" />
        <source>&lt;b&gt;Upcoming bookings&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Nadcházející akce&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/venues/detail.py" line="117" />
        <source>&lt;b&gt;Past bookings&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Proběhlé akce&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/venues/dialog.py" line="22" />
        <source>Edit venue</source>
        <translation>Upravit místo konání</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="22" />
        <source>New venue</source>
        <translation>Nové místo konání</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="24" />
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="29" />
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="30" />
        <source>&amp;Street:</source>
        <translation>&amp;Ulice:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="31" />
        <source>&amp;Town:</source>
        <translation>&amp;Obec:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="32" />
        <source>&amp;Postal code:</source>
        <translation>&amp;PSČ:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="34" />
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacita:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="34" />
        <source>seats or people</source>
        <translation>míst nebo osob</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="35" />
        <source>C&amp;ontact:</source>
        <translation>Kont&amp;akt:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="36" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="37" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="38" />
        <source>E&amp;quipment
(one per line):</source>
        <translation>&amp;Vybavení
(každé na řádek):</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="39" />
        <source>Co&amp;lour:</source>
        <translation>&amp;Barva:</translation>
    </message>
    <message>
        <location filename="../../ui/venues/dialog.py" line="40" />
        <source>No&amp;tes:</source>
        <translation>Po&amp;známky:</translation>
    </message>
</context>
<context>
    <name>VenueTableModel</name>
    <message>
        <location filename="../../ui/venues/model.py" line="37" />
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="37" />
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="37" />
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="37" />
        <source>Capacity</source>
        <translation>Kapacita</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="38" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="38" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="38" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/venues/model.py" line="38" />
        <source>Equipment</source>
        <translation>Vybavení</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/venues/page.py" line="45" />
        <source>All kinds</source>
        <translation>Všechny druhy</translation>
    </message>
    <message>
        <location filename="../../ui/venues/page.py" line="78" />
        <source>%1 of %2 venues shown</source>
        <translation>Zobrazeno %1 z %2 míst</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../ui/lists/feature.py" line="38" />
        <source>Venues</source>
        <translation>Místa konání</translation>
    </message>
    <message>
        <location filename="../../ui/lists/feature.py" line="41" />
        <source>Vendors</source>
        <translation>Prodejci</translation>
    </message>
</context>
    <context>
        <name>VenueDialog</name>
        <message>
            <source>The venue's colour in the calendar; click to choose</source>
            <translation>Barva místa v kalendáři; kliknutím ji vyberete</translation>
        </message>
    </context>
    <context>
        <name>ColourButton</name>
        <message>
            <source>Choose a colour</source>
            <translation>Vyberte barvu</translation>
        </message>
    </context>
</TS>