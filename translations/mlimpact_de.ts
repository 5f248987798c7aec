<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1 (%n Wert)</numerusform>
            <numerusform>%1 (%n Werte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt; of the catalog, most cited first: %1; and %n more. &lt;tt&gt;ml-impact-explorer catalog&lt;/tt&gt; lists the source of every value.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Datenquellen&lt;/b&gt; des Katalogs, die meistzitierten zuerst: %1; und %n weitere. &lt;tt&gt;ml-impact-explorer catalog&lt;/tt&gt; nennt die Quelle jedes Werts.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Datenquellen&lt;/b&gt; des Katalogs, die meistzitierten zuerst: %1; und %n weitere. &lt;tt&gt;ml-impact-explorer catalog&lt;/tt&gt; nennt die Quelle jedes Werts.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;ML Impact Explorer %1&lt;/h3&gt;&lt;p&gt;An interactive life-cycle model of the environmental impact of machine-learning systems: development, architecture search, training, deployment, edge fleets and disposal — energy, carbon, water and e-waste.&lt;/p&gt;&lt;p&gt;Built on Dustin Wright, Christian Igel, Gabrielle Samuel and Raghavendra Selvan, &lt;i&gt;Efficiency is Not Enough: A Critical Perspective of Environmentally Sustainable AI&lt;/i&gt; (arXiv:2309.02065, 2023).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ML Impact Explorer %1&lt;/h3&gt;&lt;p&gt;Ein interaktives Lebenszyklusmodell der Umweltwirkung von Machine-Learning-Systemen: Entwicklung, Architektursuche, Training, Betrieb, Edge-Flotten und Entsorgung — Energie, CO₂e, Wasser und Elektroschrott.&lt;/p&gt;&lt;p&gt;Beruht auf Dustin Wright, Christian Igel, Gabrielle Samuel und Raghavendra Selvan, &lt;i&gt;Efficiency is Not Enough: A Critical Perspective of Environmentally Sustainable AI&lt;/i&gt; (arXiv:2309.02065, 2023).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Es besteht keine Gewährleistung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ML Impact Explorer</source>
        <translation>Über ML Impact Explorer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>run-now</source>
        <translation>Sofortstart</translation>
    </message>
    <message>
        <source>flexible-start</source>
        <translation>flexibler Start</translation>
    </message>
    <message>
        <source>pause-and-resume</source>
        <translation>Pausieren und Fortsetzen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Measured Runs</source>
        <translation>Gemessene Läufe importieren</translation>
    </message>
    <message>
        <source>Import measured runs</source>
        <translation>Gemessene Läufe importieren</translation>
    </message>
    <message>
        <source>CodeCarbon emissions (*.csv);;All files (*)</source>
        <translation>CodeCarbon-Emissionen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Phase the runs belong to:</source>
        <translation>Phase, zu der die Läufe gehören:</translation>
    </message>
    <message>
        <source>Cannot import measured runs</source>
        <translation>Gemessene Läufe können nicht importiert werden</translation>
    </message>
    <message>
        <source>Measured runs imported</source>
        <translation>Gemessene Läufe importiert</translation>
    </message>
    <message>
        <source>Imported %1 (Edit ▸ Undo takes it back):

%2</source>
        <translation>%1 importiert (Bearbeiten ▸ Rückgängig nimmt es zurück):

%2</translation>
    </message>
    <message>
        <source>Left out, nothing to show for this scenario: %1</source>
        <translation>Ausgelassen, für dieses Szenario ohne Inhalt: %1</translation>
    </message>
    <message>
        <source>Life-cycle environmental impact over %1 years · %2</source>
        <translation>Umweltwirkung über den Lebenszyklus von %1 Jahren · %2</translation>
    </message>
    <message>
        <source>Equivalents: see each figure&apos;s source in the app (Strubell et al. 2019; US EPA; EIA; Li et al.; Global E-waste Monitor 2024). Model and sources: docs/model.md.</source>
        <translation>Vergleichsgrößen: Quelle jeder Zahl in der App (Strubell et al. 2019; US EPA; EIA; Li et al.; Global E-waste Monitor 2024). Modell und Quellen: docs/model.md.</translation>
    </message>
    <message>
        <source>ML Impact Explorer
1 / %1</source>
        <translation>ML Impact Explorer
1 / %1</translation>
    </message>
    <message>
        <source>Nothing to show for this scenario</source>
        <translation>Für dieses Szenario gibt es nichts zu zeigen</translation>
    </message>
    <message>
        <source>Assumptions and sources: %1</source>
        <translation>Annahmen und Quellen: %1</translation>
    </message>
    <message>
        <source>%1
%2 / %3</source>
        <translation>%1
%2 / %3</translation>
    </message>
    <message>
        <source>ML Impact Explorer · lesson %1</source>
        <translation>ML Impact Explorer · Lektion %1</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Die These</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Erst schätzen</translation>
    </message>
    <message>
        <source>This step could not be shown:
%1</source>
        <translation>Dieser Schritt konnte nicht gezeigt werden:
%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Exports in Window Theme</source>
        <translation>&amp;Exporte im Fensterdesign</translation>
    </message>
    <message>
        <source>Single charts are exported light unless this is checked; slides always are</source>
        <translation>Einzelne Diagramme werden hell exportiert, außer wenn dies angehakt ist; Folien immer</translation>
    </message>
    <message>
        <source>Saving writes the scenario as this version knows it. These entries of %1 will not be kept:</source>
        <translation>Speichern schreibt das Szenario so, wie diese Version es kennt. Diese Einträge von %1 bleiben nicht erhalten:</translation>
    </message>
    <message>
        <source>Save without unknown entries?</source>
        <translation>Ohne unbekannte Einträge speichern?</translation>
    </message>
    <message>
        <source>Saving over %1 drops what this version does not know.</source>
        <translation>Speichern über %1 verwirft, was diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Ohne sie speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>no peak listed</source>
        <translation>keine Spitzenleistung angegeben</translation>
    </message>
    <message>
        <source>Import hourly intensity</source>
        <translation>Stündliche Intensität importieren</translation>
    </message>
    <message>
        <source>Hourly intensity (*.csv);;All files (*)</source>
        <translation>Stündliche Intensität (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Grid region the series belongs to (a new id adds a region):</source>
        <translation>Netzregion, zu der die Reihe gehört (eine neue ID fügt eine Region hinzu):</translation>
    </message>
    <message>
        <source>Write the catalog file</source>
        <translation>Katalogdatei schreiben</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>Katalogdateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot import hourly intensity</source>
        <translation>Stündliche Intensität kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Hourly intensity imported</source>
        <translation>Stündliche Intensität importiert</translation>
    </message>
    <message>
        <source>%1

The catalog is added to this document. Training schedules on these hours from the day set under Time &amp; place (hours in UTC). An existing catalog file is updated, not replaced.</source>
        <translation>%1

Der Katalog wird diesem Dokument hinzugefügt. Das Training wird ab dem unter Zeit &amp; Ort eingestellten Tag auf diese Stunden geplant (Stunden in UTC). Eine vorhandene Katalogdatei wird ergänzt, nicht ersetzt.</translation>
    </message>
</context>
<context>
    <name>caveats</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown hardware, region, data-centre or server id; phase skipped</source>
        <translation>%1: unbekannte Hardware-, Regions-, Rechenzentrums- oder Server-ID; Phase übersprungen</translation>
    </message>
    <message>
        <source>Efficiency: no realization data for hardware class %1; techniques change compute only</source>
        <translation>Effizienz: keine Umsetzungsdaten für die Hardwareklasse %1; die Techniken ändern nur den Rechenaufwand</translation>
    </message>
    <message>
        <source>%1: %2; phase skipped</source>
        <translation>%1: %2; Phase übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 replicas cannot carry the load at the maximum batch; using %3</source>
        <translation>%1: %2 Replikate tragen die Last bei maximalem Batch nicht; es werden %3 verwendet</translation>
    </message>
    <message>
        <source>Efficiency: one-off technique costs belong to development, which is excluded</source>
        <translation>Effizienz: Einmalkosten der Techniken gehören zur Entwicklung, die ausgeschlossen ist</translation>
    </message>
    <message>
        <source>%1: unknown device or region id; phase skipped</source>
        <translation>%1: unbekannte Geräte- oder Regions-ID; Phase übersprungen</translation>
    </message>
    <message>
        <source>Disposal excluded: retired hardware is not counted as e-waste</source>
        <translation>Entsorgung ausgeschlossen: Ausgemusterte Hardware zählt nicht als Elektroschrott</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>marginale</translation>
    </message>
    <message>
        <source>average</source>
        <translation>durchschnittliche</translation>
    </message>
    <message>
        <source>Scheduling: %1 has no %2 hourly intensity; its %3 series (%4) is used</source>
        <translation>Zeitplanung: %1 hat keine %2 stündliche CO₂-Intensität; ihre %3 Reihe (%4) wird verwendet</translation>
    </message>
    <message>
        <source>Scheduling: no hourly profile for %1; intensity assumed flat, so scheduling saves nothing</source>
        <translation>Zeitplanung: kein Stundenprofil für %1; die Intensität gilt als konstant, die Zeitplanung spart also nichts</translation>
    </message>
    <message>
        <source>Scheduling: the training run is longer than its window; it runs now</source>
        <translation>Zeitplanung: Der Trainingslauf ist länger als sein Zeitfenster; er startet sofort</translation>
    </message>
    <message>
        <source>%1 has no peak throughput in the catalog; the roofline mode needs both</source>
        <translation>%1 hat im Katalog keinen Spitzendurchsatz; der Roofline-Modus braucht ihn und die Speicherbandbreite</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth in the catalog; the roofline mode needs both</source>
        <translation>%1 hat im Katalog keine Speicherbandbreite; der Roofline-Modus braucht sie und den Spitzendurchsatz</translation>
    </message>
    <message>
        <source>%1 has no native %2; using its %3 throughput</source>
        <translation>%1 unterstützt %2 nicht nativ; es wird sein %3-Durchsatz verwendet</translation>
    </message>
    <message>
        <source>%1 lists no %2 or wider throughput; using its %3 peak, which likely understates time and energy</source>
        <translation>für %1 ist kein Durchsatz für %2 oder breiter angegeben; es wird sein %3-Spitzenwert verwendet, der Zeit und Energie wohl unterschätzt</translation>
    </message>
    <message>
        <source>no peak throughput known for %1; give compute as accelerator-hours or measured energy</source>
        <translation>kein Spitzendurchsatz für %1 bekannt; geben Sie den Rechenaufwand als Beschleuniger-Stunden oder gemessene Energie an</translation>
    </message>
    <message>
        <source>Deployment: %1</source>
        <translation>Betrieb: %1</translation>
    </message>
    <message>
        <source>Efficiency: 2:4 structured sparsity prunes at most 50%; using 50%</source>
        <translation>Effizienz: Strukturierte 2:4-Sparsity entfernt höchstens 50%; es werden 50% verwendet</translation>
    </message>
    <message>
        <source>Efficiency: %1 has no 2:4 sparse hardware; pruning saves compute, not time</source>
        <translation>Effizienz: %1 hat keine 2:4-Sparse-Hardware; Pruning spart Rechenaufwand, aber keine Zeit</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
    <message>
        <source>LOWER_CASE_NAMES_IN_SENTENCES</source>
        <extracomment>Translate as &quot;keep&quot; if names inside a sentence keep their capital letter (German nouns).</extracomment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Electricity %1, manufacturing %2</source>
        <translation>Strom %1, Herstellung %2</translation>
    </message>
    <message>
        <source>minerals and metals mined (ADPe)</source>
        <translation>abgebaute Mineralien und Metalle (ADPe)</translation>
    </message>
    <message>
        <source>energy taken from nature</source>
        <translation>der Natur entnommene Energie</translation>
    </message>
    <message>
        <source>life cycle, per query or inference</source>
        <translation>Lebenszyklus, je Anfrage oder Inferenz</translation>
    </message>
    <message>
        <source>life cycle, per inference</source>
        <translation>Lebenszyklus, je Inferenz</translation>
    </message>
    <message>
        <source>life cycle, per query</source>
        <translation>Lebenszyklus, je Anfrage</translation>
    </message>
    <message>
        <source>All phases, development to disposal, over %1 cloud queries and %2 on-device inferences</source>
        <translation>Alle Phasen von der Entwicklung bis zur Entsorgung, verteilt auf %1 Cloud-Anfragen und %2 lokale Inferenzen</translation>
    </message>
    <message>
        <source>All phases, development to disposal, over %1 on-device inferences</source>
        <translation>Alle Phasen von der Entwicklung bis zur Entsorgung, verteilt auf %1 lokale Inferenzen</translation>
    </message>
    <message>
        <source>All phases, development to disposal, over %1 cloud queries</source>
        <translation>Alle Phasen von der Entwicklung bis zur Entsorgung, verteilt auf %1 Cloud-Anfragen</translation>
    </message>
    <message>
        <source>no queries</source>
        <translation>keine Anfragen</translation>
    </message>
    <message>
        <source>no cloud deployment or edge fleet serves the model</source>
        <translation>weder Cloud-Betrieb noch Edge-Flotte bedient das Modell</translation>
    </message>
    <message>
        <source>%1 per query served</source>
        <translation>%1 je beantwortete Anfrage</translation>
    </message>
    <message>
        <source>%1 of device energy per inference</source>
        <translation>%1 Geräteenergie je Inferenz</translation>
    </message>
    <message>
        <source>needs a cloud deployment or edge fleet, and development or training</source>
        <translation>braucht Cloud-Betrieb oder Edge-Flotte sowie Entwicklung oder Training</translation>
    </message>
    <message>
        <source>carbon; energy %1. Inference is 80-90% of ML compute (NVIDIA, AWS)</source>
        <translation>CO₂e; Energie %1. Inferenz macht 80–90% des ML-Rechenaufwands aus (NVIDIA, AWS)</translation>
    </message>
    <message>
        <source>Patterson et al. 2021, quoting NVIDIA and AWS</source>
        <translation>Patterson et al. 2021, nach Angaben von NVIDIA und AWS</translation>
    </message>
    <message>
        <source>Deployment = the model in use (%1); development = before launch (%2). Disposal is in neither.</source>
        <translation>Betrieb = das Modell im Einsatz (%1); Entwicklung = vor dem Start (%2). Die Entsorgung zählt zu keinem von beiden.</translation>
    </message>
    <message>
        <source>Inference-training parity, the cloud queries whose own cost equals everything before launch: %1.</source>
        <translation>Inferenz-Training-Parität, also die Cloud-Anfragen, deren eigene Kosten allem vor dem Start gleichkommen: %1.</translation>
    </message>
    <message>
        <source>Operational %1, embodied %2</source>
        <translation>Betriebs-CO₂e %1, grauer CO₂e %2</translation>
    </message>
    <message>
        <source>On-site %1, off-site %2, manufacturing %3</source>
        <translation>Vor Ort %1, außerhalb %2, Herstellung %3</translation>
    </message>
    <message>
        <source>%1 not formally recycled; counted at disposal, from %2</source>
        <translation>%1 nicht formell recycelt; bei der Entsorgung gezählt, aus %2</translation>
    </message>
    <message>
        <source>%1 not formally recycled</source>
        <translation>%1 nicht formell recycelt</translation>
    </message>
    <message>
        <source>manufacturing, allocated by use</source>
        <translation>Herstellung, nach Nutzung zugeteilt</translation>
    </message>
    <message>
        <source>manufacturing, allocated by use; host servers %1 of the data centres&apos;</source>
        <translation>Herstellung, nach Nutzung zugeteilt; Host-Server: %1 des grauen CO₂e der Rechenzentren</translation>
    </message>
    <message>
        <source>Data centres: %1</source>
        <translation>Rechenzentren: %1</translation>
    </message>
    <message>
        <source>This scenario has no impact to break down: every phase is excluded.</source>
        <translation>In diesem Szenario gibt es nichts aufzuschlüsseln: Alle Phasen sind ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is %2 of lifetime carbon; embodied carbon is %3 of the total.</source>
        <translation>Die Phase „%1“ verursacht %2 des CO₂e über die Lebensdauer; grauer CO₂e macht %3 der Summe aus.</translation>
    </message>
    <message>
        <source>Host servers are %1 of the data centres&apos; embodied carbon (%2), the accelerators %3.</source>
        <translation>Host-Server machen %1 des grauen CO₂e der Rechenzentren aus (%2), die Beschleuniger %3.</translation>
    </message>
    <message>
        <source>compute %1, energy %2, carbon %3</source>
        <translation>Rechenaufwand %1, Energie %2, CO₂e %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>At this scenario&apos;s %1 on %2, energy %3 would be %4 (carbon %5).</source>
        <translation>Gegenüber %1 in diesem Szenario auf %2 wäre die Energie %3 %4 (CO₂e %5).</translation>
    </message>
    <message>
        <source>This scenario does not use %1; on %2 it cuts compute (%3 at %4%) but never saves energy %5.</source>
        <translation>Dieses Szenario nutzt „%1“ nicht; auf %2 senkt die Technik den Rechenaufwand (%3 bei %4%), spart aber nie Energie %5.</translation>
    </message>
    <message>
        <source>This scenario does not use %1; on %2 it cuts compute (%3 at %4%) but changes energy %5 by under 1%.</source>
        <translation>Dieses Szenario nutzt „%1“ nicht; auf %2 senkt die Technik den Rechenaufwand (%3 bei %4%), ändert die Energie %5 aber um weniger als 1%.</translation>
    </message>
    <message>
        <source>This scenario does not use %1; on %2 it saves energy %3 only beyond %4.</source>
        <translation>Dieses Szenario nutzt „%1“ nicht; auf %2 spart die Technik Energie %3 erst ab %4.</translation>
    </message>
    <message>
        <source>This scenario does not use %1; on %2 it saves energy %3 at every strength (%4 at %5%).</source>
        <translation>Dieses Szenario nutzt „%1“ nicht; auf %2 spart die Technik Energie %3 bei jeder Stärke (%4 bei %5%).</translation>
    </message>
    <message>
        <source>masked dense kernels</source>
        <translation>maskierte dichte Kernel</translation>
    </message>
    <message>
        <source>sparse kernels</source>
        <translation>Sparse-Kernel</translation>
    </message>
    <message>
        <source>2:4 structured</source>
        <translation>2:4-strukturiert</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>Distillation</translation>
    </message>
    <message>
        <source>batching</source>
        <translation>Batching</translation>
    </message>
    <message>
        <source>On %1, a full replica at batch %2 uses %3 the energy per generated token of batch 1 (%4 J vs %5 J) while a response takes %6 as long; this scenario&apos;s %7: %8 energy, %9 latency.</source>
        <translation>Auf %1 braucht ein volles Replikat bei Batch %2 %3 der Energie je erzeugtem Token von Batch 1 (%4 J gegenüber %5 J), während eine Antwort %6 so lange dauert; in diesem Szenario (%7): %8 Energie, %9 Latenz.</translation>
    </message>
    <message>
        <source>Decode stays memory-bound up to the largest batch that fits.</source>
        <translation>Der Decode-Schritt bleibt bis zum größten Batch, der in den Speicher passt, speichergebunden.</translation>
    </message>
    <message>
        <source>At the largest batch the decode step is compute-bound.</source>
        <translation>Beim größten Batch ist der Decode-Schritt rechengebunden.</translation>
    </message>
    <message>
        <source>No sweep for this technique and device.</source>
        <translation>Keine Kurve für diese Technik und dieses Gerät.</translation>
    </message>
    <message>
        <source>At this scenario&apos;s %1 (%2) on %3: %4 vs %5.</source>
        <translation>In diesem Szenario (%1, %2) auf %3: %4 (Bezug: %5).</translation>
    </message>
    <message>
        <source>run now</source>
        <translation>sofort starten</translation>
    </message>
    <message>
        <source>flexible start</source>
        <translation>flexibler Start</translation>
    </message>
    <message>
        <source>pause and resume</source>
        <translation>pausieren und fortsetzen</translation>
    </message>
    <message>
        <source>No hourly data for %1, so shifting in time cannot be shown</source>
        <translation>Keine stündlichen Daten für %1, daher lässt sich keine zeitliche Verschiebung zeigen</translation>
    </message>
    <message>
        <source>Training runs now, as scheduled (no window to shift in)</source>
        <translation>Das Training startet wie geplant sofort (kein Zeitfenster zum Verschieben)</translation>
    </message>
    <message>
        <source>The run (%1) is longer than its %2 window, so it runs now and saves nothing</source>
        <translation>Der Lauf (%1) ist länger als sein Zeitfenster von %2, startet daher sofort und spart nichts</translation>
    </message>
    <message>
        <source>Shifting in time (%1) saves %2 of training&apos;s operational carbon in %3</source>
        <translation>Zeitliche Verschiebung (%1) spart %2 des Betriebs-CO₂e des Trainings in %3</translation>
    </message>
    <message>
        <source>Runs now: no shift in time</source>
        <translation>Startet sofort: keine zeitliche Verschiebung</translation>
    </message>
    <message>
        <source>Longer than its window: runs now</source>
        <translation>Länger als sein Zeitfenster: startet sofort</translation>
    </message>
    <message>
        <source>Shifting in time saves %1 of operational carbon</source>
        <translation>Zeitliche Verschiebung spart %1 des Betriebs-CO₂e</translation>
    </message>
    <message>
        <source>No grid regions to compare.</source>
        <translation>Keine Netzregionen zum Vergleichen.</translation>
    </message>
    <message>
        <source>moving from %1 to %2 would change training carbon %3-fold.</source>
        <translation>ein Umzug von %1 nach %2 würde den CO₂e des Trainings um den Faktor %3 ändern.</translation>
    </message>
    <message>
        <source>%1 is already the cleanest region compared.</source>
        <translation>%1 ist bereits die sauberste verglichene Region.</translation>
    </message>
    <message>
        <source>moving training to %1 would save %2 of its carbon.</source>
        <translation>eine Verlagerung des Trainings nach %1 würde %2 seines CO₂e sparen.</translation>
    </message>
    <message>
        <source>Moving to %1 saves %2 of %3 carbon</source>
        <translation>Umzug nach %1 spart %2 des CO₂e (%3)</translation>
    </message>
    <message>
        <source>Already the cleanest region compared</source>
        <translation>Bereits die sauberste verglichene Region</translation>
    </message>
    <message>
        <source>No hourly data for %1: only its annual average (%2 gCO₂e/kWh) is known, so there is no time of day to shift to.</source>
        <translation>Keine stündlichen Daten für %1: Nur der Jahresmittelwert (%2 gCO₂e/kWh) ist bekannt, es gibt also keine Tageszeit, in die sich verschieben ließe.</translation>
    </message>
    <message>
        <source>Nothing accrues over the years in this scenario.</source>
        <translation>In diesem Szenario kommt über die Jahre nichts hinzu.</translation>
    </message>
    <message>
        <source>All of this scenario&apos;s carbon is emitted before or at launch (development, search and training); nothing builds up over the %1 years in service.</source>
        <translation>Der gesamte CO₂e dieses Szenarios entsteht vor oder beim Start (Entwicklung, Suche und Training); über die %1 Jahre im Betrieb kommt nichts hinzu.</translation>
    </message>
    <message>
        <source>%1 of lifetime carbon is emitted before or at launch; the rest accrues over %2 years.</source>
        <translation>%1 des CO₂e über die Lebensdauer entsteht vor oder beim Start; der Rest kommt über %2 Jahre hinzu.</translation>
    </message>
    <message>
        <source>No cloud deployment: the model&apos;s rebound applies to cloud queries, not to an edge fleet&apos;s inferences.</source>
        <translation>Kein Cloud-Betrieb: Der Rebound-Effekt des Modells gilt für Cloud-Anfragen, nicht für die Inferenzen einer Edge-Flotte.</translation>
    </message>
    <message>
        <source>The techniques leave energy per query unchanged (×1), so there is nothing for demand to take back; choose one under Efficiency techniques.</source>
        <translation>Die Techniken lassen die Energie je Anfrage unverändert (×1), die Nachfrage kann also nichts zurückholen; wählen Sie eine unter „Effizienztechniken“.</translation>
    </message>
    <message>
        <source>An expected saving of %1 in deployment energy becomes %2 at demand elasticity %3.</source>
        <translation>Aus einer erwarteten Einsparung von %1 bei der Betriebsenergie werden bei Nachfrageelastizität %3 tatsächlich %2.</translation>
    </message>
    <message>
        <source>An expected saving of %1 in deployment energy becomes a %2 increase at demand elasticity %3: backfire, serving uses more energy than without the techniques.</source>
        <translation>Aus einer erwarteten Einsparung von %1 bei der Betriebsenergie wird bei Nachfrageelastizität %3 ein Anstieg um %2: Backfire, der Betrieb braucht mehr Energie als ohne die Techniken.</translation>
    </message>
    <message>
        <source>An expected saving of %1 in deployment energy becomes a %2 increase at demand elasticity %3.</source>
        <translation>Aus einer erwarteten Einsparung von %1 bei der Betriebsenergie wird bei Nachfrageelastizität %3 ein Anstieg um %2.</translation>
    </message>
    <message>
        <source>No input of this scenario has a plausible range that moves its totals.</source>
        <translation>Keine Eingabe dieses Szenarios hat einen plausiblen Bereich, der seine Summen bewegt.</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>keine Eingabe</translation>
    </message>
    <message>
        <source>%1 (×%2 to ×%3)</source>
        <translation>„%1“ (×%2 bis ×%3)</translation>
    </message>
    <message>
        <source>Moved one at a time across its plausible range, energy is driven most by %1, carbon by %2, water by %3: one input dominates every criterion.</source>
        <translation>Jede Eingabe einzeln über ihren plausiblen Bereich bewegt: Am stärksten treibt %1 die Energie, %2 den CO₂e und %3 das Wasser. Eine Eingabe dominiert jedes Kriterium.</translation>
    </message>
    <message>
        <source>Moved one at a time across its plausible range, energy is driven most by %1, carbon by %2, water by %3: different criteria, different levers.</source>
        <translation>Jede Eingabe einzeln über ihren plausiblen Bereich bewegt: Am stärksten treibt %1 die Energie, %2 den CO₂e und %3 das Wasser. Verschiedene Kriterien, verschiedene Hebel.</translation>
    </message>
    <message>
        <source>No one-off investment to pay back in this scenario: enable NAS, distillation, pruning or INT8/INT4 serving to see one.</source>
        <translation>Keine einmalige Investition, die sich in diesem Szenario amortisieren müsste: Aktivieren Sie NAS, Distillation, Pruning oder INT8/INT4 im Betrieb, um eine zu sehen.</translation>
    </message>
    <message>
        <source>Nominal compute saving</source>
        <translation>Nominelle Rechenersparnis</translation>
    </message>
    <message>
        <source>Hardware realization</source>
        <translation>Umsetzung durch die Hardware</translation>
    </message>
    <message>
        <source>Demand response (rebound)</source>
        <translation>Nachfragereaktion (Rebound)</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Ort und Zeit</translation>
    </message>
    <message>
        <source>Hardware footprint</source>
        <translation>Hardware-Fußabdruck</translation>
    </message>
    <message>
        <source>One-off costs</source>
        <translation>Einmalkosten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>This document has no variants: Variants ▸ New Variant… adds one, or open a comparison preset.</source>
        <translation>Dieses Dokument hat keine Varianten: Varianten ▸ Neue Variante… fügt eine hinzu, oder öffnen Sie eine Vergleichsvorlage.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3.</source>
        <translation>%1 von „%2“: %3.</translation>
    </message>
    <message>
        <source>%1: lowest “%2” %3; highest “%4” %5.</source>
        <translation>%1 – am niedrigsten: „%2“, %3; am höchsten: „%4“, %5.</translation>
    </message>
    <message>
        <source>No bridge was computed for %1.</source>
        <translation>Für %1 wurde keine Brücke berechnet.</translation>
    </message>
    <message>
        <source>Baseline → “%1”: %2</source>
        <translation>Basis → „%1“: %2</translation>
    </message>
    <message>
        <source>“%1” changes nothing</source>
        <translation>„%1“ ändert nichts</translation>
    </message>
    <message>
        <source>“%1” changes 1 parameter</source>
        <translation>„%1“ ändert 1 Parameter</translation>
    </message>
    <message>
        <source>“%1” changes %2 parameters</source>
        <translation>„%1“ ändert %2 Parameter</translation>
    </message>
    <message>
        <source>%1 from the baseline.</source>
        <translation>Gegenüber der Basis: %1.</translation>
    </message>
    <message>
        <source>a 1% change in operational carbon moves total carbon %1%, in embodied carbon %2%</source>
        <translation>eine Änderung des Betriebs-CO₂e um 1% ändert den gesamten CO₂e um %1%, eine des grauen CO₂e um %2%</translation>
    </message>
    <message>
        <source>a 1% change in embodied carbon moves total carbon %1%, in operational carbon %2%</source>
        <translation>eine Änderung des grauen CO₂e um 1% ändert den gesamten CO₂e um %1%, eine des Betriebs-CO₂e um %2%</translation>
    </message>
    <message>
        <source>demand does not answer the cost of a query here (elasticity 0), so the rebound loop is open</source>
        <translation>die Nachfrage reagiert hier nicht auf die Kosten einer Anfrage (Elastizität 0), die Rebound-Schleife ist also offen</translation>
    </message>
    <message>
        <source>the rebound loop takes back %1 of any cut in energy per query (backfire)</source>
        <translation>die Rebound-Schleife macht %1 jeder Einsparung an Energie je Anfrage zunichte (Backfire)</translation>
    </message>
    <message>
        <source>the rebound loop takes back %1 of any cut in energy per query</source>
        <translation>die Rebound-Schleife macht %1 jeder Einsparung an Energie je Anfrage zunichte</translation>
    </message>
    <message>
        <source>No causal link of the model has a local elasticity in this scenario.</source>
        <translation>In diesem Szenario hat keine kausale Verknüpfung des Modells eine lokale Elastizität.</translation>
    </message>
    <message>
        <source>in “%1” %2 quantities rise and %3 fall</source>
        <translation>in „%1“ steigen %2 Größen und %3 sinken</translation>
    </message>
    <message>
        <source>%1 causal links are active in this scenario</source>
        <translation>in diesem Szenario sind %1 kausale Verknüpfungen aktiv</translation>
    </message>
    <message>
        <source>after %1 queries</source>
        <translation>nach %1 Anfragen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 for carbon (energy: %2)</source>
        <translation>%1 für CO₂e (Energie: %2)</translation>
    </message>
    <message>
        <source>%1, %2 of the %3 served</source>
        <translation>%1, %2 der %3 beantworteten Anfragen</translation>
    </message>
    <message>
        <source>Data-centre energy: at work %1 · allocated but idle %2 · shared infrastructure %3</source>
        <translation>RZ-Energie: aktiv %1 · zugeteilt, ungenutzt %2 · Infrastruktur %3</translation>
    </message>
    <message>
        <source>accelerators %1, servers %2 of the data centres&apos; embodied carbon; retired mass: accelerators %3, servers %4</source>
        <translation>Beschleuniger %1, Server %2 des grauen CO₂e der Rechenzentren; ausgemusterte Masse: Beschleuniger %3, Server %4</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>on-site water use (WUE)</source>
        <translation>Wasserverbrauch vor Ort (WUE)</translation>
    </message>
    <message>
        <source>carbon intensity</source>
        <translation>CO₂-Intensität</translation>
    </message>
    <message>
        <source>off-site water intensity (EWIF)</source>
        <translation>Wasserintensität außerhalb (EWIF)</translation>
    </message>
    <message>
        <source>embodied carbon</source>
        <translation>grauer CO₂e</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>use rate</source>
        <translation>Nutzungsgrad</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>manufacturing water</source>
        <translation>Herstellungswasser</translation>
    </message>
    <message>
        <source>electricity&apos;s resource depletion (ADPe)</source>
        <translation>Ressourcenverbrauch des Stroms (ADPe)</translation>
    </message>
    <message>
        <source>electricity&apos;s primary energy</source>
        <translation>Primärenergie des Stroms</translation>
    </message>
    <message>
        <source>manufacturing resource depletion (ADPe)</source>
        <translation>Ressourcenverbrauch der Herstellung (ADPe)</translation>
    </message>
    <message>
        <source>manufacturing primary energy</source>
        <translation>Primärenergie der Herstellung</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>e-waste</source>
        <translation>Elektroschrott</translation>
    </message>
    <message>
        <source>resource depletion (ADPe)</source>
        <translation>Ressourcenverbrauch (ADPe)</translation>
    </message>
    <message>
        <source>primary energy</source>
        <translation>Primärenergie</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 of %2: %3; counted as 0, so the %4 of %5 are undercounted</source>
        <translation>%1 von %2: %3; als 0 gezählt, daher sind %4 für %5 zu niedrig angesetzt</translation>
    </message>
    <message>
        <source>%1 of %2: %3; counted as 0, so the %4 of %5 is undercounted</source>
        <translation>%1 von %2: %3; als 0 gezählt, daher ist %4 für %5 zu niedrig angesetzt</translation>
    </message>
    <message>
        <source>nominal compute saving</source>
        <translation>nominelle Rechenersparnis</translation>
    </message>
    <message>
        <source>hardware realization</source>
        <translation>Umsetzung durch die Hardware</translation>
    </message>
    <message>
        <source>demand response (rebound)</source>
        <translation>Nachfragereaktion (Rebound)</translation>
    </message>
    <message>
        <source>place and time</source>
        <translation>Ort und Zeit</translation>
    </message>
    <message>
        <source>hardware footprint</source>
        <translation>Hardware-Fußabdruck</translation>
    </message>
    <message>
        <source>one-off costs</source>
        <translation>Einmalkosten</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 rises %2</source>
        <translation>%1 steigt um %2</translation>
    </message>
    <message>
        <source>%1 falls %2</source>
        <translation>%1 sinkt um %2</translation>
    </message>
    <message>
        <source>%1 is the same: the variant changes nothing the model uses.</source>
        <translation>%1 bleibt gleich: Die Variante ändert nichts, was das Modell verwendet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>same as Baseline</source>
        <translation>unverändert gegenüber der Basis</translation>
    </message>
    <message>
        <source>%1 vs Baseline</source>
        <translation>%1 gegenüber der Basis</translation>
    </message>
    <message>
        <source>%1 stays the same</source>
        <translation>%1 bleibt gleich</translation>
    </message>
</context>
<context>
    <name>mlimpact</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>NAS</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Edge fleet</source>
        <translation>Edge-Flotte</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Entsorgung</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/Jahr</translation>
    </message>
    <message>
        <source>1 for a device bought for the model; a small share for a phone that would exist anyway. Applies to embodied carbon, baseline power and e-waste.</source>
        <translation>1 für ein eigens für das Modell gekauftes Gerät; ein kleiner Anteil für ein Telefon, das es ohnehin gäbe. Gilt für grauen CO₂e, Grundleistung und Elektroschrott.</translation>
    </message>
    <message>
        <source>1/year</source>
        <translation>1/Jahr</translation>
    </message>
    <message>
        <source>2:4 structured</source>
        <translation>2:4-strukturiert</translation>
    </message>
    <message>
        <source>2:4 structured pruning</source>
        <translation>2:4-strukturiertes Pruning</translation>
    </message>
    <message>
        <source>50% as 2:4 structured sparsity</source>
        <translation>50% als 2:4-strukturierte Sparsity</translation>
    </message>
    <message>
        <source>50% unstructured, on sparse kernels</source>
        <translation>50% unstrukturiert, auf Sparse-Kerneln</translation>
    </message>
    <message>
        <source>A chat model served to ten million queries a day is quantized from FP16 to INT8, which the GPU runs at twice the rate. If nobody uses the service more, the saving is what the engineers expect.</source>
        <translation>Ein Chat-Modell mit zehn Millionen Anfragen am Tag wird von FP16 auf INT8 quantisiert, was die GPU mit doppelter Rate ausführt. Nutzt niemand den Dienst mehr, ist die Einsparung die von den Ingenieuren erwartete.</translation>
    </message>
    <message>
        <source>A chat service, trained and served</source>
        <translation>Ein Chat-Dienst, trainiert und betrieben</translation>
    </message>
    <message>
        <source>A chat service: trained in California at a clean hour, served from Virginia at INT8, with demand that grows when queries get cheaper. Each earlier lesson looked at one lever; now we pull them together.</source>
        <translation>Ein Chat-Dienst: in Kalifornien zu einer sauberen Stunde trainiert, aus Virginia in INT8 betrieben, mit einer Nachfrage, die wächst, wenn Anfragen günstiger werden. Jede frühere Lektion betrachtete einen Hebel; jetzt ziehen wir sie zusammen.</translation>
    </message>
    <message>
        <source>A cleaner grid, a thirstier one</source>
        <translation>Ein saubereres Netz, ein durstigeres</translation>
    </message>
    <message>
        <source>A dense model on H100 GPUs</source>
        <translation>Ein dichtes Modell auf H100-GPUs</translation>
    </message>
    <message>
        <source>A fleet sized for peak demand runs idle between peaks: provisioned device-hours per busy device-hour.</source>
        <translation>Eine auf Spitzenlast ausgelegte Flotte läuft zwischen den Spitzen im Leerlauf: bereitgestellte Gerätestunden je ausgelasteter Gerätestunde.</translation>
    </message>
    <message>
        <source>A longer service life</source>
        <translation>Eine längere Betriebsdauer</translation>
    </message>
    <message>
        <source>A ranking model serves a billion requests a day and is retrained daily. An architecture search costs many training runs, and finds a model that needs less compute per request.</source>
        <translation>Ein Ranking-Modell beantwortet eine Milliarde Anfragen am Tag und wird täglich nachtrainiert. Eine Architektursuche kostet viele Trainingsläufe und findet ein Modell, das je Anfrage weniger Rechenaufwand braucht.</translation>
    </message>
    <message>
        <source>A research demo is the opposite</source>
        <translation>Eine Forschungsdemo ist das Gegenteil</translation>
    </message>
    <message>
        <source>A seven-billion-parameter language model is trained and then served for three years from GPUs in Virginia. Before we make it more efficient, look at where its impact comes from.</source>
        <translation>Ein Sprachmodell mit sieben Milliarden Parametern wird trainiert und dann drei Jahre lang von GPUs in Virginia betrieben. Bevor wir es effizienter machen: Woher kommt seine Umweltwirkung?</translation>
    </message>
    <message>
        <source>A seven-billion-parameter model is fine-tuned on GPUs in California, started at the evening peak of the grid&apos;s demand. The chart shows the region&apos;s grid over a day and how other regions compare.</source>
        <translation>Ein Modell mit sieben Milliarden Parametern wird auf GPUs in Kalifornien feinjustiert, gestartet zur abendlichen Lastspitze des Netzes. Das Diagramm zeigt das Netz der Region über einen Tag und den Vergleich mit anderen Regionen.</translation>
    </message>
    <message>
        <source>A seventy-billion-parameter model is trained once and then answers ten million queries a day, growing each year. Training is what makes the news; look at where the carbon actually is.</source>
        <translation>Ein Modell mit siebzig Milliarden Parametern wird einmal trainiert und beantwortet dann zehn Millionen Anfragen am Tag, jedes Jahr mehr. Das Training macht Schlagzeilen; sehen Sie, wo das CO₂e tatsächlich anfällt.</translation>
    </message>
    <message>
        <source>A tenth of the traffic</source>
        <translation>Ein Zehntel des Verkehrs</translation>
    </message>
    <message>
        <source>A training project in California</source>
        <translation>Ein Trainingsprojekt in Kalifornien</translation>
    </message>
    <message>
        <source>About 2 for a transformer forward pass.</source>
        <translation>Etwa 2 für einen Vorwärtsdurchlauf eines Transformers.</translation>
    </message>
    <message>
        <source>About 6 for transformer training: 2 forward + 4 backward.</source>
        <translation>Etwa 6 beim Training eines Transformers: 2 vorwärts + 4 rückwärts.</translation>
    </message>
    <message>
        <source>Accelerator model from the hardware catalog (power, peak throughput, embodied carbon).</source>
        <translation>Beschleunigermodell aus dem Hardwarekatalog (Leistung, Spitzendurchsatz, grauer CO₂e).</translation>
    </message>
    <message>
        <source>Accelerator to compare against the current serving hardware (refresh-or-keep payback).</source>
        <translation>Beschleuniger zum Vergleich mit der aktuellen Inferenz-Hardware (Amortisation: erneuern oder behalten).</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Beschleuniger-Stunden</translation>
    </message>
    <message>
        <source>Accelerators one model replica is split over (tensor parallel); 0 = the fewest whose memory holds the weights. Fewer than that are raised to it.</source>
        <translation>Beschleuniger, auf die ein Modellreplikat verteilt ist (Tensor-Parallelität); 0 = die wenigsten, deren Speicher die Gewichte fasst. Weniger werden darauf angehoben.</translation>
    </message>
    <message>
        <source>Achieved / datasheet memory bandwidth while decode streams weights and KV cache.</source>
        <translation>Erreichte / laut Datenblatt verfügbare Speicherbandbreite, während das Decoding Gewichte und KV-Cache streamt.</translation>
    </message>
    <message>
        <source>Achieved / peak FLOP/s in a decode step once it is compute-bound (large batches).</source>
        <translation>Erreichte / Spitzen-FLOP/s in einem Decode-Schritt, sobald er rechengebunden ist (große Batches).</translation>
    </message>
    <message>
        <source>Achieved / peak FLOP/s while processing prompts (compute-bound).</source>
        <translation>Erreichte / Spitzen-FLOP/s beim Verarbeiten von Prompts (rechengebunden).</translation>
    </message>
    <message>
        <source>Achieved / peak throughput while busy; small-batch inference is lower than training.</source>
        <translation>Erreichter / Spitzendurchsatz unter Last; Inferenz mit kleinen Batches liegt unter dem Training.</translation>
    </message>
    <message>
        <source>After this lesson you can explain how cheaper queries invite more of them, and when an efficiency gain is taken back entirely.</source>
        <translation>Nach dieser Lektion können Sie erklären, wie günstigere Anfragen zu mehr Anfragen verleiten und wann ein Effizienzgewinn vollständig aufgezehrt wird.</translation>
    </message>
    <message>
        <source>After this lesson you can explain why cutting a model&apos;s arithmetic does not by itself cut its energy use, and which hardware realizes the saving.</source>
        <translation>Nach dieser Lektion können Sie erklären, warum weniger Rechenoperationen eines Modells nicht von selbst seinen Energieverbrauch senken, und welche Hardware die Einsparung umsetzt.</translation>
    </message>
    <message>
        <source>After this lesson you can explain why one efficiency lever cannot be judged alone: the grid, the hardware, the precision and the demand all change what the others are worth.</source>
        <translation>Nach dieser Lektion können Sie erklären, warum ein einzelner Effizienzhebel nicht allein beurteilt werden kann: Netz, Hardware, Präzision und Nachfrage verändern alle, was die anderen wert sind.</translation>
    </message>
    <message>
        <source>After this lesson you can explain why running a model on millions of phones can cost more carbon than serving it from a data centre, and which assumption decides it.</source>
        <translation>Nach dieser Lektion können Sie erklären, warum ein Modell auf Millionen Telefonen mehr CO₂e kosten kann als der Betrieb im Rechenzentrum, und welche Annahme das entscheidet.</translation>
    </message>
    <message>
        <source>After this lesson you can explain why the footprint of using a model can be many times that of building it, and what decides the ratio.</source>
        <translation>Nach dieser Lektion können Sie erklären, warum der Fußabdruck der Nutzung eines Modells ein Vielfaches dessen seiner Entwicklung sein kann, und was das Verhältnis bestimmt.</translation>
    </message>
    <message>
        <source>After this lesson you can judge whether a one-off search for an efficient model pays back, from how much and how long the model will be used.</source>
        <translation>Nach dieser Lektion können Sie beurteilen, ob sich eine einmalige Suche nach einem effizienten Modell auszahlt, je nachdem, wie viel und wie lange das Modell genutzt wird.</translation>
    </message>
    <message>
        <source>After this lesson you can name two impacts of ML hardware besides carbon, where they come from, and one trade-off between them and carbon.</source>
        <translation>Nach dieser Lektion können Sie zwei Wirkungen von ML-Hardware neben CO₂e nennen, sagen, woher sie kommen, und einen Zielkonflikt zwischen ihnen und CO₂e benennen.</translation>
    </message>
    <message>
        <source>After this lesson you can say how much the place and the hour of a computation change its carbon, and what moving it does to water.</source>
        <translation>Nach dieser Lektion können Sie sagen, wie sehr Ort und Uhrzeit einer Berechnung ihr CO₂e verändern und was eine Verlagerung für das Wasser bedeutet.</translation>
    </message>
    <message>
        <source>An efficient model can run on the phones themselves, using a tiny amount of energy per image. But the phones must be made, and the feature is charged a small share of each phone.</source>
        <translation>Ein effizientes Modell kann auf den Telefonen selbst laufen und braucht je Bild winzig wenig Energie. Aber die Telefone müssen hergestellt werden, und der Funktion wird ein kleiner Anteil jedes Telefons angerechnet.</translation>
    </message>
    <message>
        <source>An image model is used twenty times a day by ten million people for three years. Here a larger model answers from GPUs in a cloud data centre.</source>
        <translation>Ein Bildmodell wird drei Jahre lang zwanzigmal am Tag von zehn Millionen Menschen genutzt. Hier antwortet ein größeres Modell von GPUs in einem Cloud-Rechenzentrum.</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jahresmittel</translation>
    </message>
    <message>
        <source>Architecture search</source>
        <translation>Architektursuche</translation>
    </message>
    <message>
        <source>Architecture search: worth it or not?</source>
        <translation>Architektursuche: lohnt sie sich?</translation>
    </message>
    <message>
        <source>Arithmetic precision of the served model.</source>
        <translation>Rechengenauigkeit des betriebenen Modells.</translation>
    </message>
    <message>
        <source>Arithmetic precision; selects the accelerator&apos;s peak throughput.</source>
        <translation>Rechengenauigkeit; wählt den Spitzendurchsatz des Beschleunigers.</translation>
    </message>
    <message>
        <source>At a billion requests a day</source>
        <translation>Bei einer Milliarde Anfragen am Tag</translation>
    </message>
    <message>
        <source>At a hundred million requests a day for two years, which has the lower lifetime carbon?</source>
        <translation>Bei hundert Millionen Anfragen am Tag über zwei Jahre: Was hat das geringere CO₂e über die Lebensdauer?</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Herbst</translation>
    </message>
    <message>
        <source>Average accelerator draw while busy as a fraction of its TDP; the host share is added.</source>
        <translation>Mittlere Leistungsaufnahme des Beschleunigers unter Last als Anteil seiner TDP; der Host-Anteil kommt hinzu.</translation>
    </message>
    <message>
        <source>Average cost of one experiment as a fraction of the final training run. Experiments x size = development multiplier (OLMo ~1.5; Green Algorithms/BLOOM use ~1.5).</source>
        <translation>Mittlere Kosten eines Experiments als Anteil am finalen Trainingslauf. Experimente × Größe = Entwicklungsfaktor (OLMo ~1,5; Green Algorithms/BLOOM verwenden ~1,5).</translation>
    </message>
    <message>
        <source>Average experiment size</source>
        <translation>Mittlere Experimentgröße</translation>
    </message>
    <message>
        <source>Average power of one device while on.</source>
        <translation>Mittlere Leistung eines eingeschalteten Geräts.</translation>
    </message>
    <message>
        <source>Backfire</source>
        <translation>Backfire</translation>
    </message>
    <message>
        <source>Batch size (serving)</source>
        <translation>Batchgröße (Inferenz)</translation>
    </message>
    <message>
        <source>Beyond energy: water and e-waste</source>
        <translation>Jenseits der Energie: Wasser und Elektroschrott</translation>
    </message>
    <message>
        <source>Carbon (operational + embodied)</source>
        <translation>CO₂e (Betrieb + Herstellung)</translation>
    </message>
    <message>
        <source>Carbon intensity of the electricity charging the devices.</source>
        <translation>CO₂-Intensität des Stroms, mit dem die Geräte geladen werden.</translation>
    </message>
    <message>
        <source>Carbon intensity of the electricity used.</source>
        <translation>CO₂-Intensität des verwendeten Stroms.</translation>
    </message>
    <message>
        <source>Carbon of collecting and processing one kg of e-waste.</source>
        <translation>CO₂e für Sammlung und Verwertung eines kg Elektroschrott.</translation>
    </message>
    <message>
        <source>Carbon per inference</source>
        <translation>CO₂e je Inferenz</translation>
    </message>
    <message>
        <source>Carbon per query</source>
        <translation>CO₂e je Anfrage</translation>
    </message>
    <message>
        <source>Cheaper, faster answers invite more questions. With the demand response implied by Meta&apos;s reported figures, part of the saving is taken back.</source>
        <translation>Günstigere, schnellere Antworten verleiten zu mehr Fragen. Mit der Nachfragereaktion, die sich aus den von Meta berichteten Zahlen ergibt, wird ein Teil der Einsparung aufgezehrt.</translation>
    </message>
    <message>
        <source>Clean power makes the hardware matter</source>
        <translation>Sauberer Strom macht die Hardware wichtig</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenaufwand</translation>
    </message>
    <message>
        <source>Compute efficiency is not energy efficiency: a technique that removes FLOP saves energy only as far as the hardware&apos;s kernels turn fewer FLOP into less time and power.</source>
        <translation>Recheneffizienz ist keine Energieeffizienz: Eine Technik, die FLOP entfernt, spart nur so weit Energie, wie die Kernel der Hardware weniger FLOP in weniger Zeit und Leistung umsetzen.</translation>
    </message>
    <message>
        <source>Compute per query of a distilled student relative to the original model (1 = no distillation).</source>
        <translation>Rechenaufwand je Anfrage eines destillierten Students relativ zum Originalmodell (1 = keine Distillation).</translation>
    </message>
    <message>
        <source>Compute saved is not energy saved</source>
        <translation>Eingesparter Rechenaufwand ist keine eingesparte Energie</translation>
    </message>
    <message>
        <source>Cost of one retraining as a fraction of the final training run.</source>
        <translation>Kosten eines Nachtrainings als Anteil am finalen Trainingslauf.</translation>
    </message>
    <message>
        <source>Count a neural architecture search and the compute savings it buys.</source>
        <translation>Eine neuronale Architektursuche und die Recheneinsparungen, die sie bringt, mitzählen.</translation>
    </message>
    <message>
        <source>Count devices that run the model on-device.</source>
        <translation>Geräte mitzählen, die das Modell lokal ausführen.</translation>
    </message>
    <message>
        <source>Count experiments and trials before the final training run.</source>
        <translation>Experimente und Versuche vor dem finalen Trainingslauf mitzählen.</translation>
    </message>
    <message>
        <source>Count host power</source>
        <translation>Host-Leistung mitzählen</translation>
    </message>
    <message>
        <source>Count retired hardware as e-waste and its end-of-life processing.</source>
        <translation>Ausgemusterte Hardware als Elektroschrott und ihre Verwertung am Lebensende mitzählen.</translation>
    </message>
    <message>
        <source>Count serving queries in the data centre.</source>
        <translation>Die Beantwortung von Anfragen im Rechenzentrum mitzählen.</translation>
    </message>
    <message>
        <source>Count the final training run and retraining.</source>
        <translation>Den finalen Trainingslauf und Nachtrainings mitzählen.</translation>
    </message>
    <message>
        <source>Count the host&apos;s share of node power (CPUs, memory, network, fans) besides the accelerators; off matches measurements of the accelerator boards alone (NVML, Zeus).</source>
        <translation>Den Anteil des Hosts an der Knotenleistung (CPUs, Speicher, Netzwerk, Lüfter) neben den Beschleunigern mitzählen; aus entspricht Messungen nur der Beschleunigerkarten (NVML, Zeus).</translation>
    </message>
    <message>
        <source>Data centres evaporate water to cool servers, and power plants consume water to make the electricity. The chart&apos;s water column shows which phase uses it.</source>
        <translation>Rechenzentren verdunsten Wasser, um Server zu kühlen, und Kraftwerke verbrauchen Wasser, um den Strom zu erzeugen. Die Wasserspalte des Diagramms zeigt, welche Phase es verbraucht.</translation>
    </message>
    <message>
        <source>Decode compute efficiency</source>
        <translation>Decode-Recheneffizienz</translation>
    </message>
    <message>
        <source>Demand answers back</source>
        <translation>Die Nachfrage antwortet</translation>
    </message>
    <message>
        <source>Demand elasticity</source>
        <translation>Nachfrageelastizität</translation>
    </message>
    <message>
        <source>Demand responds</source>
        <translation>Die Nachfrage reagiert</translation>
    </message>
    <message>
        <source>Deployment : development</source>
        <translation>Betrieb : Entwicklung</translation>
    </message>
    <message>
        <source>Deployment PUE override</source>
        <translation>Betrieb: PUE übersteuern</translation>
    </message>
    <message>
        <source>Deployment accelerator</source>
        <translation>Betrieb: Beschleuniger</translation>
    </message>
    <message>
        <source>Deployment can dominate development</source>
        <translation>Der Betrieb kann die Entwicklung überwiegen</translation>
    </message>
    <message>
        <source>Deployment can dominate development: a widely used model&apos;s inference over its service life can emit several times, up to about nine times, what its development and training did.</source>
        <translation>Der Betrieb kann die Entwicklung überwiegen: Die Inferenz eines viel genutzten Modells kann über seine Betriebsdauer ein Mehrfaches, bis etwa das Neunfache, dessen emittieren, was Entwicklung und Training verursacht haben.</translation>
    </message>
    <message>
        <source>Deployment carbon intensity override</source>
        <translation>Betrieb: CO₂-Intensität übersteuern</translation>
    </message>
    <message>
        <source>Deployment data-centre type</source>
        <translation>Betrieb: Rechenzentrumstyp</translation>
    </message>
    <message>
        <source>Deployment embodied carbon per device override</source>
        <translation>Betrieb: grauen CO₂e je Gerät übersteuern</translation>
    </message>
    <message>
        <source>Deployment grid region</source>
        <translation>Betrieb: Netzregion</translation>
    </message>
    <message>
        <source>Deployment hardware lifetime override</source>
        <translation>Betrieb: Hardware-Lebensdauer übersteuern</translation>
    </message>
    <message>
        <source>Deployment hardware use rate override</source>
        <translation>Betrieb: Hardware-Nutzungsgrad übersteuern</translation>
    </message>
    <message>
        <source>Deployment load (fraction of TDP)</source>
        <translation>Betrieb: Last (Anteil der TDP)</translation>
    </message>
    <message>
        <source>Deployment measured power per device</source>
        <translation>Betrieb: gemessene Leistung je Gerät</translation>
    </message>
    <message>
        <source>Deployment off-site water intensity override</source>
        <translation>Betrieb: Wasserintensität außerhalb übersteuern</translation>
    </message>
    <message>
        <source>Deployment on-site WUE override</source>
        <translation>Betrieb: WUE vor Ort übersteuern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Development and training are emitted before launch. Serving keeps adding every day the model is in use.</source>
        <translation>Entwicklung und Training fallen vor dem Start an. Die Inferenz kommt an jedem Tag hinzu, an dem das Modell genutzt wird.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device energy of one on-device inference.</source>
        <translation>Geräteenergie einer lokalen Inferenz.</translation>
    </message>
    <message>
        <source>Device lifetime override</source>
        <translation>Gerätelebensdauer übersteuern</translation>
    </message>
    <message>
        <source>Device power override</source>
        <translation>Geräteleistung übersteuern</translation>
    </message>
    <message>
        <source>Device-hours of one run, when known directly (devices x wall-clock hours).</source>
        <translation>Gerätestunden eines Laufs, wenn direkt bekannt (Geräte × Echtzeitstunden).</translation>
    </message>
    <message>
        <source>Devices in the fleet</source>
        <translation>Geräte in der Flotte</translation>
    </message>
    <message>
        <source>Devices per replica</source>
        <translation>Geräte je Replikat</translation>
    </message>
    <message>
        <source>Devices running at once. Sets the wall-clock time, not the energy.</source>
        <translation>Gleichzeitig laufende Geräte. Bestimmt die Laufzeit, nicht die Energie.</translation>
    </message>
    <message>
        <source>Devices running the model at the same time.</source>
        <translation>Geräte, die das Modell gleichzeitig ausführen.</translation>
    </message>
    <message>
        <source>Dimension of one attention head.</source>
        <translation>Dimension eines Attention-Heads.</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Distillation</translation>
    </message>
    <message>
        <source>Distillation cost</source>
        <translation>Kosten der Distillation</translation>
    </message>
    <message>
        <source>Does saving compute save energy and carbon?</source>
        <translation>Spart weniger Rechenaufwand Energie und CO₂e?</translation>
    </message>
    <message>
        <source>Does the effort still pay back?</source>
        <translation>Zahlt sich der Aufwand noch aus?</translation>
    </message>
    <message>
        <source>Does the one-off investment pay back?</source>
        <translation>Zahlt sich die einmalige Investition aus?</translation>
    </message>
    <message>
        <source>E-waste</source>
        <translation>Elektroschrott</translation>
    </message>
    <message>
        <source>Each arrow is a formula of the model, as wide as the share of a 1% change it passes on (dashed: it pushes the other way). The rebound loop is highlighted. From queries served to total carbon, two paths: through energy and the grid, or through the serving fleet. On Quebec&apos;s clean grid, which carries more?</source>
        <translation>Jeder Pfeil ist eine Formel des Modells, so breit wie der Anteil einer 1-%-Änderung, den er weitergibt (gestrichelt: er wirkt in die Gegenrichtung). Die Rebound-Schleife ist hervorgehoben. Von beantworteten Anfragen zum gesamten CO₂e führen zwei Pfade: über Energie und Netz oder über die Inferenz-Flotte. Welcher trägt im sauberen Netz von Québec mehr?</translation>
    </message>
    <message>
        <source>Edge device model from the catalog (power, embodied carbon, lifetime, mass).</source>
        <translation>Edge-Gerätemodell aus dem Katalog (Leistung, grauer CO₂e, Lebensdauer, Masse).</translation>
    </message>
    <message>
        <source>Edge devices still in service when the system ends are retired too (cradle to grave); otherwise only cohorts at end of life. Data-centre hardware is always counted by its allocated share.</source>
        <translation>Edge-Geräte, die bei Systemende noch in Betrieb sind, werden ebenfalls ausgemustert (Cradle-to-Grave); sonst nur Kohorten am Lebensende. Rechenzentrums-Hardware zählt immer mit ihrem zugeteilten Anteil.</translation>
    </message>
    <message>
        <source>Edge fleets are made of devices</source>
        <translation>Edge-Flotten bestehen aus Geräten</translation>
    </message>
    <message>
        <source>Efficiency gains invite more use (the rebound effect, Jevons&apos; paradox): part of the saving is taken back, and with elastic enough demand all of it and more (backfire).</source>
        <translation>Effizienzgewinne verleiten zu mehr Nutzung (der Rebound-Effekt, das Jevons-Paradoxon): Ein Teil der Einsparung wird aufgezehrt, bei ausreichend elastischer Nachfrage alles und mehr (Backfire).</translation>
    </message>
    <message>
        <source>Efficiency is not enough: the footprint is a property of the whole system, so the levers interact and must be judged together (systems thinking).</source>
        <translation>Effizienz genügt nicht: Der Fußabdruck ist eine Eigenschaft des ganzen Systems, daher wirken die Hebel zusammen und müssen gemeinsam beurteilt werden (Systemdenken).</translation>
    </message>
    <message>
        <source>Efficiency techniques</source>
        <translation>Effizienztechniken</translation>
    </message>
    <message>
        <source>Electricity grid: annual carbon intensity and water intensity of generation.</source>
        <translation>Stromnetz: jährliche CO₂-Intensität und Wasserintensität der Erzeugung.</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Grauer CO₂e</translation>
    </message>
    <message>
        <source>Embodied carbon per device override</source>
        <translation>Grauer CO₂e je Gerät übersteuern</translation>
    </message>
    <message>
        <source>Embodied share of carbon</source>
        <translation>Anteil grauer CO₂e</translation>
    </message>
    <message>
        <source>End-of-life carbon</source>
        <translation>CO₂e am Lebensende</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy measured for one run: at the servers (before the data centre&apos;s PUE), or at the wall when &apos;measured at the facility wall&apos; is on.</source>
        <translation>Für einen Lauf gemessene Energie: an den Servern (vor der PUE des Rechenzentrums) oder am Netzanschluss, wenn &apos;am Netzanschluss gemessen&apos; an ist.</translation>
    </message>
    <message>
        <source>Energy of every experiment, trial and failed run together, on the training site&apos;s hardware.</source>
        <translation>Energie aller Experimente, Versuche und fehlgeschlagenen Läufe zusammen, auf der Hardware des Trainingsstandorts.</translation>
    </message>
    <message>
        <source>Energy per inference</source>
        <translation>Energie je Inferenz</translation>
    </message>
    <message>
        <source>Energy per query saved by each new generation of hardware.</source>
        <translation>Energie je Anfrage, die jede neue Hardwaregeneration einspart.</translation>
    </message>
    <message>
        <source>Energy per query when measured: at the servers (before PUE), or at the wall when &apos;measured at the facility wall&apos; is on.</source>
        <translation>Energie je Anfrage, wenn gemessen: an den Servern (vor PUE) oder am Netzanschluss, wenn &apos;am Netzanschluss gemessen&apos; an ist.</translation>
    </message>
    <message>
        <source>Engineers usually reach for the model first. Compare a model-side change with a change of place and a change of hardware policy.</source>
        <translation>Ingenieure greifen meist zuerst zum Modell. Vergleichen Sie eine Änderung am Modell mit einem Ortswechsel und einer geänderten Hardware-Politik.</translation>
    </message>
    <message>
        <source>Every GPU server the service uses is retired one day, and most e-waste is not formally recycled. The e-waste column counts the hardware&apos;s mass at disposal.</source>
        <translation>Jeder GPU-Server des Dienstes wird eines Tages ausgemustert, und der meiste Elektroschrott wird nicht formell recycelt. Die Elektroschrott-Spalte zählt die Masse der Hardware bei der Entsorgung.</translation>
    </message>
    <message>
        <source>Every saving makes queries cheaper, and cheaper queries invite more of them. If demand is very elastic, the saving turns into more use.</source>
        <translation>Jede Einsparung macht Anfragen günstiger, und günstigere Anfragen verleiten zu mehr davon. Ist die Nachfrage sehr elastisch, wird die Einsparung zu mehr Nutzung.</translation>
    </message>
    <message>
        <source>Experiment elasticity</source>
        <translation>Experimentelastizität</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Experiments, hyper-parameter trials and failed runs before the final model.</source>
        <translation>Experimente, Hyperparameter-Versuche und fehlgeschlagene Läufe vor dem finalen Modell.</translation>
    </message>
    <message>
        <source>Experts each token is routed to; above the experts per layer it counts as equal to them.</source>
        <translation>Experten, an die jedes Token geleitet wird; oberhalb der Experten je Schicht zählt der Wert als gleich diesen.</translation>
    </message>
    <message>
        <source>Experts per layer</source>
        <translation>Experten je Schicht</translation>
    </message>
    <message>
        <source>Experts per token (top-k)</source>
        <translation>Experten je Token (Top-k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>FLOP from parameters x tokens per query, measured IT energy per query, or the roofline serving model (prefill, memory-bound decode, batch from load, power by load).</source>
        <translation>FLOP aus Parameter × Token je Anfrage, gemessene IT-Energie je Anfrage oder das Roofline-Inferenzmodell (Prefill, speichergebundenes Decoding, Batch aus Last, Leistung nach Last).</translation>
    </message>
    <message>
        <source>FLOP per parameter per token</source>
        <translation>FLOP je Parameter und Token</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>FP16 on the V100</source>
        <translation>FP16 auf der V100</translation>
    </message>
    <message>
        <source>FP16, as before</source>
        <translation>FP16, wie bisher</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Few systems are this popular. Serve the same model as a small demo answering a thousand queries a day for one year.</source>
        <translation>Wenige Systeme sind so beliebt. Betreiben Sie dasselbe Modell als kleine Demo, die ein Jahr lang tausend Anfragen am Tag beantwortet.</translation>
    </message>
    <message>
        <source>Fine-tuning after pruning</source>
        <translation>Fine-Tuning nach dem Pruning</translation>
    </message>
    <message>
        <source>Fleet in service at launch</source>
        <translation>Flotte in Betrieb zum Start</translation>
    </message>
    <message>
        <source>Flexible start</source>
        <translation>Flexibler Start</translation>
    </message>
    <message>
        <source>Flexible start within a day</source>
        <translation>Flexibler Start innerhalb eines Tages</translation>
    </message>
    <message>
        <source>Formally collected &amp; recycled</source>
        <translation>Formell gesammelt &amp; recycelt</translation>
    </message>
    <message>
        <source>Fraction of its lifetime the hardware is in use (linear allocation denominator).</source>
        <translation>Anteil der Lebensdauer, in dem die Hardware genutzt wird (Nenner der linearen Zuteilung).</translation>
    </message>
    <message>
        <source>Fraction of the deployed model&apos;s FLOP per query that the found architecture saves.</source>
        <translation>Anteil der FLOP je Anfrage des betriebenen Modells, den die gefundene Architektur einspart.</translation>
    </message>
    <message>
        <source>Fraction of the final training run&apos;s FLOP that the found architecture saves.</source>
        <translation>Anteil der FLOP des finalen Trainingslaufs, den die gefundene Architektur einspart.</translation>
    </message>
    <message>
        <source>Fraction of the served model&apos;s weights set to zero. Compute falls by this fraction; time and energy only as far as the hardware realizes it.</source>
        <translation>Anteil der auf null gesetzten Gewichte des betriebenen Modells. Der Rechenaufwand sinkt um diesen Anteil; Zeit und Energie nur so weit, wie die Hardware es umsetzt.</translation>
    </message>
    <message>
        <source>Gain per hardware generation</source>
        <translation>Gewinn je Hardwaregeneration</translation>
    </message>
    <message>
        <source>Generated tokens per request</source>
        <translation>Erzeugte Token je Anfrage</translation>
    </message>
    <message>
        <source>Grid decarbonization</source>
        <translation>Dekarbonisierung des Netzes</translation>
    </message>
    <message>
        <source>Grid where the devices are charged.</source>
        <translation>Netz, an dem die Geräte geladen werden.</translation>
    </message>
    <message>
        <source>Half the weights pruned. Which version uses the most energy over its life?</source>
        <translation>Die Hälfte der Gewichte entfernt. Welche Version verbraucht über ihre Lebensdauer die meiste Energie?</translation>
    </message>
    <message>
        <source>Hardware &amp; place</source>
        <translation>Hardware &amp; Ort</translation>
    </message>
    <message>
        <source>Head size</source>
        <translation>Head-Größe</translation>
    </message>
    <message>
        <source>Hours a day a device is on, drawing its average power (24 for an always-on sensor).</source>
        <translation>Stunden am Tag, die ein Gerät eingeschaltet ist und seine mittlere Leistung aufnimmt (24 für einen dauerhaft aktiven Sensor).</translation>
    </message>
    <message>
        <source>Hours from the start hour by which the job must be done.</source>
        <translation>Stunden ab der Startstunde, bis zu denen der Job erledigt sein muss.</translation>
    </message>
    <message>
        <source>Hours on per day</source>
        <translation>Eingeschaltete Stunden pro Tag</translation>
    </message>
    <message>
        <source>How demand responds to cheaper queries: 0 none, 1 savings fully taken back, above 1 backfire (Jevons paradox).</source>
        <translation>Wie die Nachfrage auf billigere Anfragen reagiert: 0 gar nicht, 1 Einsparungen vollständig aufgezehrt, über 1 Backfire (Jevons-Paradoxon).</translation>
    </message>
    <message>
        <source>How do impacts build up over the years?</source>
        <translation>Wie summieren sich die Wirkungen über die Jahre?</translation>
    </message>
    <message>
        <source>How do the parts of the system push each other?</source>
        <translation>Wie treiben sich die Teile des Systems gegenseitig?</translation>
    </message>
    <message>
        <source>How do the variants compare with the baseline?</source>
        <translation>Wie schneiden die Varianten gegenüber der Basis ab?</translation>
    </message>
    <message>
        <source>How long the model serves queries and the edge fleet runs; also the span for retraining, device replacement and disposal.</source>
        <translation>Wie lange das Modell Anfragen beantwortet und die Edge-Flotte läuft; zugleich der Zeitraum für Nachtraining, Geräteersatz und Entsorgung.</translation>
    </message>
    <message>
        <source>How many more experiments practitioners run when training gets faster.</source>
        <translation>Wie viel mehr Experimente Anwender durchführen, wenn das Training schneller wird.</translation>
    </message>
    <message>
        <source>How much of a phone is the model&apos;s?</source>
        <translation>Wie viel eines Telefons gehört dem Modell?</translation>
    </message>
    <message>
        <source>How the compute is known: parameters x tokens, total FLOP, accelerator-hours, measured IT energy, or a multiple of the final training run.</source>
        <translation>Wie der Rechenaufwand bekannt ist: Parameter × Token, gesamte FLOP, Beschleuniger-Stunden, gemessene IT-Energie oder ein Vielfaches des finalen Trainingslaufs.</translation>
    </message>
    <message>
        <source>How the compute is known: parameters x tokens, total FLOP, accelerator-hours, measured IT energy.</source>
        <translation>Wie der Rechenaufwand bekannt ist: Parameter × Token, gesamte FLOP, Beschleuniger-Stunden, gemessene IT-Energie.</translation>
    </message>
    <message>
        <source>Hydropower evaporates water from its reservoirs, so each kilowatt-hour carries more water off site. Lower carbon is not lower impact on every axis.</source>
        <translation>Wasserkraft verdunstet Wasser aus ihren Stauseen, daher trägt jede Kilowattstunde mehr Wasserverbrauch außerhalb des Standorts. Weniger CO₂e ist nicht auf jeder Achse weniger Wirkung.</translation>
    </message>
    <message>
        <source>INT4</source>
        <translation>INT4</translation>
    </message>
    <message>
        <source>INT4 weights (less energy)</source>
        <translation>INT4-Gewichte (weniger Energie)</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>INT8 on an older GPU</source>
        <translation>INT8 auf einer älteren GPU</translation>
    </message>
    <message>
        <source>INT8 on the V100</source>
        <translation>INT8 auf der V100</translation>
    </message>
    <message>
        <source>INT8, demand responds moderately</source>
        <translation>INT8, Nachfrage reagiert mäßig</translation>
    </message>
    <message>
        <source>INT8, demand very elastic</source>
        <translation>INT8, Nachfrage sehr elastisch</translation>
    </message>
    <message>
        <source>Idle power (fraction of busy)</source>
        <translation>Leerlaufleistung (Anteil der Lastleistung)</translation>
    </message>
    <message>
        <source>If demand is elastic enough, use grows faster than each query gets cheaper. The chart shows the saving at every elasticity, with this scenario&apos;s marked.</source>
        <translation>Ist die Nachfrage elastisch genug, wächst die Nutzung schneller, als jede Anfrage günstiger wird. Das Diagramm zeigt die Einsparung bei jeder Elastizität, die dieses Szenarios markiert.</translation>
    </message>
    <message>
        <source>Impact builds up in use</source>
        <translation>Die Wirkung wächst in der Nutzung</translation>
    </message>
    <message>
        <source>In California</source>
        <translation>In Kalifornien</translation>
    </message>
    <message>
        <source>In Quebec</source>
        <translation>In Québec</translation>
    </message>
    <message>
        <source>In Quebec the same kilowatt-hours come from hydropower. What is left of the footprint once the electricity is almost carbon-free?</source>
        <translation>In Québec stammen dieselben Kilowattstunden aus Wasserkraft. Was bleibt vom Fußabdruck, wenn der Strom fast CO₂-frei ist?</translation>
    </message>
    <message>
        <source>Include architecture search</source>
        <translation>Architektursuche einbeziehen</translation>
    </message>
    <message>
        <source>Include cloud deployment</source>
        <translation>Cloud-Betrieb einbeziehen</translation>
    </message>
    <message>
        <source>Include development</source>
        <translation>Entwicklung einbeziehen</translation>
    </message>
    <message>
        <source>Include disposal</source>
        <translation>Entsorgung einbeziehen</translation>
    </message>
    <message>
        <source>Include edge fleet</source>
        <translation>Edge-Flotte einbeziehen</translation>
    </message>
    <message>
        <source>Include training</source>
        <translation>Training einbeziehen</translation>
    </message>
    <message>
        <source>Inference compute saved</source>
        <translation>Eingesparter Inferenz-Rechenaufwand</translation>
    </message>
    <message>
        <source>Inferences per device per day</source>
        <translation>Inferenzen je Gerät und Tag</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Job can start at</source>
        <translation>Job kann starten um</translation>
    </message>
    <message>
        <source>Keep it in service longer</source>
        <translation>Länger in Betrieb halten</translation>
    </message>
    <message>
        <source>Keep serving GPUs six years</source>
        <translation>Inferenz-GPUs sechs Jahre behalten</translation>
    </message>
    <message>
        <source>Keep the hardware longer</source>
        <translation>Die Hardware länger behalten</translation>
    </message>
    <message>
        <source>Keep them for six years</source>
        <translation>Sie sechs Jahre behalten</translation>
    </message>
    <message>
        <source>Key/value heads</source>
        <translation>Key/Value-Heads</translation>
    </message>
    <message>
        <source>Key/value heads per layer (fewer than query heads with grouped-query attention).</source>
        <translation>Key/Value-Heads je Schicht (bei Grouped-Query Attention weniger als Query-Heads).</translation>
    </message>
    <message>
        <source>Kind of facility: PUE (overhead energy) and on-site water use (WUE).</source>
        <translation>Art der Anlage: PUE (Zusatzenergie) und Wasserverbrauch vor Ort (WUE).</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>Layers of the served model (sets the KV cache).</source>
        <translation>Schichten des betriebenen Modells (bestimmt den KV-Cache).</translation>
    </message>
    <message>
        <source>Local hour of day (whole hours) when the job is ready to run.</source>
        <translation>Lokale Tagesstunde (ganze Stunden), ab der der Job laufen kann.</translation>
    </message>
    <message>
        <source>Manufacturing carbon of one device including its share of the server.</source>
        <translation>Herstellungs-CO₂e eines Geräts einschließlich seines Anteils am Server.</translation>
    </message>
    <message>
        <source>Manufacturing carbon of one whole device.</source>
        <translation>Herstellungs-CO₂e eines ganzen Geräts.</translation>
    </message>
    <message>
        <source>Manufacturing happens before the first inference. The timeline shows how much of the fleet&apos;s footprint is there at launch.</source>
        <translation>Die Herstellung geschieht vor der ersten Inferenz. Die Zeitleiste zeigt, wie viel vom Fußabdruck der Flotte schon zum Start da ist.</translation>
    </message>
    <message>
        <source>Maximum batch</source>
        <translation>Maximaler Batch</translation>
    </message>
    <message>
        <source>Measured at the facility wall</source>
        <translation>Am Netzanschluss des Rechenzentrums gemessen</translation>
    </message>
    <message>
        <source>Measured average power per device including its host share (roofline serving: the node&apos;s share, or none when host power is not counted); replaces TDP x load + host.</source>
        <translation>Gemessene mittlere Leistung je Gerät einschließlich Host-Anteil (Roofline-Inferenz: der Anteil des Knotens, oder keiner, wenn Host-Leistung nicht zählt); ersetzt TDP × Last + Host.</translation>
    </message>
    <message>
        <source>Measured energy</source>
        <translation>Gemessene Energie</translation>
    </message>
    <message>
        <source>Measured energy of all experiments</source>
        <translation>Gemessene Energie aller Experimente</translation>
    </message>
    <message>
        <source>Measured energy per query</source>
        <translation>Gemessene Energie je Anfrage</translation>
    </message>
    <message>
        <source>Memory bandwidth efficiency</source>
        <translation>Speicherbandbreiten-Effizienz</translation>
    </message>
    <message>
        <source>Mixture-of-experts: experts per layer (1 = dense model).</source>
        <translation>Mixture-of-Experts: Experten je Schicht (1 = dichtes Modell).</translation>
    </message>
    <message>
        <source>Model FLOP</source>
        <translation>Modell-FLOP</translation>
    </message>
    <message>
        <source>Model FLOP utilization: achieved / peak throughput. Typically 0.2-0.5 in training.</source>
        <translation>Model FLOP Utilization: erreichter / Spitzendurchsatz. Im Training typisch 0,2–0,5.</translation>
    </message>
    <message>
        <source>Model replicas kept running; 0 = as many as the load needs at the maximum batch, times the provisioning factor. Too few are raised to what the load needs.</source>
        <translation>Laufend gehaltene Modellreplikate; 0 = so viele, wie die Last beim maximalen Batch braucht, mal dem Bereitstellungsfaktor. Zu wenige werden auf den Bedarf der Last angehoben.</translation>
    </message>
    <message>
        <source>Most of it is made before use</source>
        <translation>Das meiste entsteht vor der Nutzung</translation>
    </message>
    <message>
        <source>Most sequences a replica decodes together (continuous batching); memory for the KV cache may allow fewer.</source>
        <translation>Höchstzahl der Sequenzen, die ein Replikat gemeinsam decodiert (Continuous Batching); der Speicher für den KV-Cache kann weniger zulassen.</translation>
    </message>
    <message>
        <source>Move it to Quebec&apos;s hydro grid</source>
        <translation>Ins Wasserkraftnetz von Québec verlagern</translation>
    </message>
    <message>
        <source>Move it to a hydro grid</source>
        <translation>In ein Wasserkraftnetz verlagern</translation>
    </message>
    <message>
        <source>Multiple of training</source>
        <translation>Vielfaches des Trainings</translation>
    </message>
    <message>
        <source>Must finish within</source>
        <translation>Muss fertig sein innerhalb von</translation>
    </message>
    <message>
        <source>NAS PUE override</source>
        <translation>NAS: PUE übersteuern</translation>
    </message>
    <message>
        <source>NAS accelerator</source>
        <translation>NAS: Beschleuniger</translation>
    </message>
    <message>
        <source>NAS carbon intensity override</source>
        <translation>NAS: CO₂-Intensität übersteuern</translation>
    </message>
    <message>
        <source>NAS data-centre type</source>
        <translation>NAS: Rechenzentrumstyp</translation>
    </message>
    <message>
        <source>NAS embodied carbon per device override</source>
        <translation>NAS: grauen CO₂e je Gerät übersteuern</translation>
    </message>
    <message>
        <source>NAS grid region</source>
        <translation>NAS: Netzregion</translation>
    </message>
    <message>
        <source>NAS hardware lifetime override</source>
        <translation>NAS: Hardware-Lebensdauer übersteuern</translation>
    </message>
    <message>
        <source>NAS hardware use rate override</source>
        <translation>NAS: Hardware-Nutzungsgrad übersteuern</translation>
    </message>
    <message>
        <source>NAS load (fraction of TDP)</source>
        <translation>NAS: Last (Anteil der TDP)</translation>
    </message>
    <message>
        <source>NAS measured power per device</source>
        <translation>NAS: gemessene Leistung je Gerät</translation>
    </message>
    <message>
        <source>NAS off-site water intensity override</source>
        <translation>NAS: Wasserintensität außerhalb übersteuern</translation>
    </message>
    <message>
        <source>NAS on-site WUE override</source>
        <translation>NAS: WUE vor Ort übersteuern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the system modelled.</source>
        <translation>Name des modellierten Systems.</translation>
    </message>
    <message>
        <source>Neural architecture search costs carbon up front and saves it per query afterwards: whether it pays back depends on the size of the deployment and its service life.</source>
        <translation>Neuronale Architektursuche kostet vorab CO₂e und spart danach je Anfrage welches: Ob sie sich auszahlt, hängt von der Größe des Betriebs und seiner Dauer ab.</translation>
    </message>
    <message>
        <source>Not every model serves a billion requests. Keep the search the same but serve a hundred million requests a day, for the same two years.</source>
        <translation>Nicht jedes Modell beantwortet eine Milliarde Anfragen. Behalten Sie die Suche bei, aber beantworten Sie hundert Millionen Anfragen am Tag, über dieselben zwei Jahre.</translation>
    </message>
    <message>
        <source>On the phones, 0.5% of each phone charged</source>
        <translation>Auf den Telefonen, 0,5% jedes Telefons angerechnet</translation>
    </message>
    <message>
        <source>On the phones, 2% of each phone charged</source>
        <translation>Auf den Telefonen, 2% jedes Telefons angerechnet</translation>
    </message>
    <message>
        <source>On-device ML moves the footprint into the devices: an edge fleet&apos;s impact is dominated by manufacturing the hardware, not by the model&apos;s energy.</source>
        <translation>ML auf dem Gerät verlagert den Fußabdruck in die Geräte: Die Wirkung einer Edge-Flotte wird von der Herstellung der Hardware bestimmt, nicht von der Energie des Modells.</translation>
    </message>
    <message>
        <source>On-device inferences per device per day.</source>
        <translation>Lokale Inferenzen je Gerät und Tag.</translation>
    </message>
    <message>
        <source>On: development is the measured energy of all experiments together (for example the runs CodeCarbon logged, File &gt; Import Measured Runs) instead of experiments x size.</source>
        <translation>An: Die Entwicklung ist die gemessene Energie aller Experimente zusammen (etwa die von CodeCarbon protokollierten Läufe, Datei &gt; Gemessene Läufe importieren) statt Experimente × Größe.</translation>
    </message>
    <message>
        <source>On: metered at the data centre&apos;s wall (PUE already in), so PUE is not applied again. Off: metered at the IT equipment, as CodeCarbon, NVML or RAPL measure it.</source>
        <translation>An: am Netzanschluss des Rechenzentrums gemessen (PUE schon enthalten), daher wird PUE nicht nochmals angewandt. Aus: an der IT-Ausrüstung gemessen, wie CodeCarbon, NVML oder RAPL messen.</translation>
    </message>
    <message>
        <source>On: the energy per query was metered at the data centre&apos;s wall (PUE already in), so PUE is not applied again. Off: metered at the servers.</source>
        <translation>An: Die Energie je Anfrage wurde am Netzanschluss des Rechenzentrums gemessen (PUE schon enthalten), daher wird PUE nicht nochmals angewandt. Aus: an den Servern gemessen.</translation>
    </message>
    <message>
        <source>On: the measured energy was metered at the data centre&apos;s wall, so it already includes cooling and power losses and PUE is not applied again. Off: metered at the IT equipment (servers, GPUs), as CodeCarbon, NVML or RAPL measure it.</source>
        <translation>An: Die gemessene Energie wurde am Netzanschluss des Rechenzentrums erfasst, enthält also schon Kühlung und Stromverluste, und PUE wird nicht nochmals angewandt. Aus: an der IT-Ausrüstung gemessen (Server, GPUs), wie CodeCarbon, NVML oder RAPL messen.</translation>
    </message>
    <message>
        <source>Once the grid is clean, manufacturing the GPUs is a large part of what is left. Keeping them longer now matters more than it did in Virginia.</source>
        <translation>Ist das Netz sauber, ist die Herstellung der GPUs ein großer Teil des Rests. Sie länger zu behalten zählt jetzt mehr als in Virginia.</translation>
    </message>
    <message>
        <source>One system, many levers</source>
        <translation>Ein System, viele Hebel</translation>
    </message>
    <message>
        <source>One-off calibration or quantization-aware training, charged when serving INT8 or INT4.</source>
        <translation>Einmalige Kalibrierung oder Quantization-Aware Training, angerechnet bei Inferenz in INT8 oder INT4.</translation>
    </message>
    <message>
        <source>One-off fine-tuning to recover accuracy, charged to development.</source>
        <translation>Einmaliges Fine-Tuning zur Wiederherstellung der Genauigkeit, der Entwicklung angerechnet.</translation>
    </message>
    <message>
        <source>One-off teacher inference over the distillation set plus student training.</source>
        <translation>Einmalige Teacher-Inferenz über den Distillationsdatensatz plus Training des Students.</translation>
    </message>
    <message>
        <source>Operational carbon</source>
        <translation>Betriebs-CO₂e</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Über die Jahre</translation>
    </message>
    <message>
        <source>Over three years, which uses the most energy?</source>
        <translation>Was verbraucht über drei Jahre die meiste Energie?</translation>
    </message>
    <message>
        <source>Parameters active per token in the model as served.</source>
        <translation>Je Token aktive Parameter des Modells im Betrieb.</translation>
    </message>
    <message>
        <source>Parameters held in memory (all experts of a mixture-of-experts); below the active parameters it counts as equal to them.</source>
        <translation>Im Speicher gehaltene Parameter (alle Experten eines Mixture-of-Experts); unterhalb der aktiven Parameter zählt der Wert als gleich diesen.</translation>
    </message>
    <message>
        <source>Parameters used per token (for mixture-of-experts models, the active ones only).</source>
        <translation>Je Token verwendete Parameter (bei Mixture-of-Experts-Modellen nur die aktiven).</translation>
    </message>
    <message>
        <source>Parameters × tokens</source>
        <translation>Parameter × Token</translation>
    </message>
    <message>
        <source>Pause resume</source>
        <translation>Pausieren und Fortsetzen</translation>
    </message>
    <message>
        <source>Pick one change</source>
        <translation>Eine Änderung wählen</translation>
    </message>
    <message>
        <source>Power drawn by a provisioned but idle device, as a fraction of its busy power.</source>
        <translation>Leistung eines bereitgestellten, aber untätigen Geräts als Anteil seiner Leistung unter Last.</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy / IT energy.</source>
        <translation>Power Usage Effectiveness: Energie der Anlage / IT-Energie.</translation>
    </message>
    <message>
        <source>Prefill efficiency</source>
        <translation>Prefill-Effizienz</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Prompt-Token je Anfrage</translation>
    </message>
    <message>
        <source>Provisioned / busy capacity</source>
        <translation>Bereitgestellte / ausgelastete Kapazität</translation>
    </message>
    <message>
        <source>Provisioned replicas</source>
        <translation>Bereitgestellte Replikate</translation>
    </message>
    <message>
        <source>Prune half of the weights</source>
        <translation>Die Hälfte der Gewichte prunen</translation>
    </message>
    <message>
        <source>Prune to 2:4 sparsity</source>
        <translation>Auf 2:4-Sparsity prunen</translation>
    </message>
    <message>
        <source>Pruned weights (sparsity)</source>
        <translation>Entfernte Gewichte (Sparsity)</translation>
    </message>
    <message>
        <source>Pruning pattern</source>
        <translation>Pruning-Muster</translation>
    </message>
    <message>
        <source>Pruning zeroes weights, so the model needs about half the arithmetic. Unstructured sparsity needs special sparse kernels; structured 2:4 sparsity runs on the GPU&apos;s sparse tensor cores.</source>
        <translation>Pruning setzt Gewichte auf null, sodass das Modell etwa die Hälfte der Rechenoperationen braucht. Unstrukturierte Sparsity braucht spezielle Sparse-Kernel; strukturierte 2:4-Sparsity läuft auf den Sparse-Tensor-Cores der GPU.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Quantization cost</source>
        <translation>Kosten der Quantisierung</translation>
    </message>
    <message>
        <source>Quantize, with demand held fixed</source>
        <translation>Quantisieren bei fester Nachfrage</translation>
    </message>
    <message>
        <source>Quantizing a model has a one-off cost. With backfire, the question is no longer how soon it pays back.</source>
        <translation>Ein Modell zu quantisieren hat einmalige Kosten. Bei Backfire lautet die Frage nicht mehr, wie bald es sich auszahlt.</translation>
    </message>
    <message>
        <source>Quantizing to INT8 halves the bits per number, which a modern GPU runs at twice its FP16 rate. A V100 has no INT8 tensor cores, so serve the model there and compare.</source>
        <translation>Quantisierung auf INT8 halbiert die Bits je Zahl, was eine moderne GPU mit der doppelten FP16-Rate ausführt. Eine V100 hat keine INT8-Tensor-Cores; betreiben Sie das Modell dort und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Queries per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Queries served per day in the first year.</source>
        <translation>Im ersten Jahr täglich beantwortete Anfragen.</translation>
    </message>
    <message>
        <source>Query compute given as</source>
        <translation>Rechenaufwand je Anfrage angegeben als</translation>
    </message>
    <message>
        <source>Query growth per year</source>
        <translation>Anfragenwachstum pro Jahr</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound-Effekt</translation>
    </message>
    <message>
        <source>Rebound and backfire</source>
        <translation>Rebound-Effekt und Backfire</translation>
    </message>
    <message>
        <source>Refresh candidate</source>
        <translation>Kandidat für die Erneuerung</translation>
    </message>
    <message>
        <source>Refresh serving fleet every</source>
        <translation>Inferenz-Flotte erneuern alle</translation>
    </message>
    <message>
        <source>Replace serving GPUs after three years</source>
        <translation>Inferenz-GPUs nach drei Jahren ersetzen</translation>
    </message>
    <message>
        <source>Replace the serving hardware every N years in the time simulation (0 = never; otherwise at least one month, the simulation&apos;s step). An early refresh strands the unused life of the old fleet.</source>
        <translation>Die Inferenz-Hardware in der Zeitsimulation alle N Jahre ersetzen (0 = nie; sonst mindestens ein Monat, der Schritt der Simulation). Eine frühe Erneuerung lässt die ungenutzte Lebensdauer der alten Flotte verfallen.</translation>
    </message>
    <message>
        <source>Retire hardware at the end</source>
        <translation>Hardware am Ende ausmustern</translation>
    </message>
    <message>
        <source>Retraining or fine-tuning runs per year of service.</source>
        <translation>Nachtrainings- oder Fine-Tuning-Läufe je Betriebsjahr.</translation>
    </message>
    <message>
        <source>Retraining size</source>
        <translation>Umfang eines Nachtrainings</translation>
    </message>
    <message>
        <source>Retrainings per year</source>
        <translation>Nachtrainings pro Jahr</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Run it on the phones</source>
        <translation>Auf den Telefonen ausführen</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Sofort starten</translation>
    </message>
    <message>
        <source>Run now, start at the cleanest time (flexible start) or run only in the cleanest hours (pause and resume) within the window. Applies to training and development runs.</source>
        <translation>Sofort laufen, zur saubersten Zeit starten (flexibler Start) oder nur in den saubersten Stunden laufen (Pausieren und Fortsetzen) innerhalb des Fensters. Gilt für Trainings- und Entwicklungsläufe.</translation>
    </message>
    <message>
        <source>Run unstructured sparsity with sparse kernels; otherwise masked dense kernels multiply the zeros anyway (no speed-up).</source>
        <translation>Unstrukturierte Sparsity mit Sparse-Kerneln ausführen; sonst multiplizieren maskierte dichte Kernel die Nullen trotzdem (keine Beschleunigung).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Search cost (x final run)</source>
        <translation>Suchkosten (× finaler Lauf)</translation>
    </message>
    <message>
        <source>Search cost as a multiple of the final training run (mode training_multiple).</source>
        <translation>Suchkosten als Vielfaches des finalen Trainingslaufs (Modus training_multiple).</translation>
    </message>
    <message>
        <source>Search for a cheaper model</source>
        <translation>Nach einem günstigeren Modell suchen</translation>
    </message>
    <message>
        <source>Search: FLOP per parameter per token</source>
        <translation>Suche: FLOP je Parameter und Token</translation>
    </message>
    <message>
        <source>Search: accelerator-hours</source>
        <translation>Suche: Beschleuniger-Stunden</translation>
    </message>
    <message>
        <source>Search: accelerators in parallel</source>
        <translation>Suche: parallele Beschleuniger</translation>
    </message>
    <message>
        <source>Search: active parameters</source>
        <translation>Suche: aktive Parameter</translation>
    </message>
    <message>
        <source>Search: compute given as</source>
        <translation>Suche: Rechenaufwand angegeben als</translation>
    </message>
    <message>
        <source>Search: measured at the facility wall</source>
        <translation>Suche: am Netzanschluss gemessen</translation>
    </message>
    <message>
        <source>Search: measured energy</source>
        <translation>Suche: gemessene Energie</translation>
    </message>
    <message>
        <source>Search: numeric precision</source>
        <translation>Suche: numerische Präzision</translation>
    </message>
    <message>
        <source>Search: total compute</source>
        <translation>Suche: gesamter Rechenaufwand</translation>
    </message>
    <message>
        <source>Search: training tokens</source>
        <translation>Suche: Trainings-Token</translation>
    </message>
    <message>
        <source>Search: utilization (MFU)</source>
        <translation>Suche: Auslastung (MFU)</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Jahreszeit</translation>
    </message>
    <message>
        <source>Serve from Quebec&apos;s hydro grid</source>
        <translation>Aus dem Wasserkraftnetz von Québec betreiben</translation>
    </message>
    <message>
        <source>Served from Quebec: which cuts lifetime carbon more?</source>
        <translation>Betrieb in Québec: Was senkt das CO₂e über die Lebensdauer stärker?</translation>
    </message>
    <message>
        <source>Served from V100 GPUs: which precision uses less energy over the model&apos;s life?</source>
        <translation>Betrieb auf V100-GPUs: Welche Präzision verbraucht über die Lebensdauer des Modells weniger Energie?</translation>
    </message>
    <message>
        <source>Served from the cloud</source>
        <translation>Aus der Cloud betrieben</translation>
    </message>
    <message>
        <source>Served model: active parameters</source>
        <translation>Betriebenes Modell: aktive Parameter</translation>
    </message>
    <message>
        <source>Served model: total parameters</source>
        <translation>Betriebenes Modell: Parameter insgesamt</translation>
    </message>
    <message>
        <source>Service life over which embodied impacts are spread.</source>
        <translation>Nutzungsdauer, über die die Herstellungswirkungen verteilt werden.</translation>
    </message>
    <message>
        <source>Services often outlive their plans. Keep the same model answering for five years instead of three.</source>
        <translation>Dienste überdauern oft ihre Planung. Lassen Sie dasselbe Modell fünf statt drei Jahre lang antworten.</translation>
    </message>
    <message>
        <source>Serving GPUs are often replaced after a few years. Keep them for six years and each year of service carries a smaller share of their manufacture and disposal.</source>
        <translation>Inferenz-GPUs werden oft nach wenigen Jahren ersetzt. Behalten Sie sie sechs Jahre, trägt jedes Betriebsjahr einen kleineren Anteil an ihrer Herstellung und Entsorgung.</translation>
    </message>
    <message>
        <source>Serving from Quebec</source>
        <translation>Betrieb in Québec</translation>
    </message>
    <message>
        <source>Serving from Quebec&apos;s hydro grid cuts the carbon of each kilowatt-hour. Hydropower reservoirs evaporate water, though.</source>
        <translation>Der Betrieb im Wasserkraftnetz von Québec senkt das CO₂e jeder Kilowattstunde. Stauseen der Wasserkraft verdunsten allerdings Wasser.</translation>
    </message>
    <message>
        <source>Serving from Virginia</source>
        <translation>Betrieb in Virginia</translation>
    </message>
    <message>
        <source>Serving precision</source>
        <translation>Inferenz-Präzision</translation>
    </message>
    <message>
        <source>Serving utilization (MFU)</source>
        <translation>Inferenz-Auslastung (MFU)</translation>
    </message>
    <message>
        <source>Share of device charged to ML</source>
        <translation>Dem ML angerechneter Geräteanteil</translation>
    </message>
    <message>
        <source>Share of e-waste documented as formally collected and recycled.</source>
        <translation>Anteil des Elektroschrotts, der nachweislich formell gesammelt und recycelt wird.</translation>
    </message>
    <message>
        <source>Share of the edge fleet in service at launch; adoption follows an S-curve.</source>
        <translation>Anteil der Edge-Flotte, der zum Start in Betrieb ist; die Verbreitung folgt einer S-Kurve.</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Frühling</translation>
    </message>
    <message>
        <source>Start now, at the evening peak</source>
        <translation>Sofort starten, zur Abendspitze</translation>
    </message>
    <message>
        <source>Structure the sparsity for the hardware</source>
        <translation>Die Sparsity für die Hardware strukturieren</translation>
    </message>
    <message>
        <source>Student / teacher compute</source>
        <translation>Rechenaufwand Student / Teacher</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Sommer</translation>
    </message>
    <message>
        <source>Ten times fewer queries, for five years</source>
        <translation>Zehnmal weniger Anfragen, fünf Jahre lang</translation>
    </message>
    <message>
        <source>The dense model</source>
        <translation>Das dichte Modell</translation>
    </message>
    <message>
        <source>The footprint of ML goes beyond energy and carbon: data centres and power plants consume water, and the hardware becomes electronic waste.</source>
        <translation>Der Fußabdruck von ML reicht über Energie und CO₂e hinaus: Rechenzentren und Kraftwerke verbrauchen Wasser, und die Hardware wird zu Elektroschrott.</translation>
    </message>
    <message>
        <source>The full traffic, for five years</source>
        <translation>Der volle Verkehr, fünf Jahre lang</translation>
    </message>
    <message>
        <source>The full traffic, for one year</source>
        <translation>Der volle Verkehr, ein Jahr lang</translation>
    </message>
    <message>
        <source>The hardware becomes waste</source>
        <translation>Die Hardware wird zu Abfall</translation>
    </message>
    <message>
        <source>The job does not have to start at once: a flexible start lets it wait, within a day, for the hours when the grid is cleanest. The energy it uses stays exactly the same.</source>
        <translation>Der Job muss nicht sofort starten: Ein flexibler Start lässt ihn innerhalb eines Tages auf die Stunden warten, in denen das Netz am saubersten ist. Die Energie, die er braucht, bleibt genau gleich.</translation>
    </message>
    <message>
        <source>The job uses the same energy every way. Which emits the least carbon?</source>
        <translation>Der Job braucht in jedem Fall dieselbe Energie. Was emittiert am wenigsten CO₂e?</translation>
    </message>
    <message>
        <source>The larger model in the cloud</source>
        <translation>Das größere Modell in der Cloud</translation>
    </message>
    <message>
        <source>The parts interact</source>
        <translation>Die Teile wirken zusammen</translation>
    </message>
    <message>
        <source>The same energy emits very different carbon depending on where and when it is used: the grid&apos;s carbon intensity varies by region and by hour of the day.</source>
        <translation>Dieselbe Energie verursacht sehr unterschiedliches CO₂e, je nachdem, wo und wann sie genutzt wird: Die CO₂-Intensität des Netzes schwankt nach Region und Tageszeit.</translation>
    </message>
    <message>
        <source>The same kWh, different carbon</source>
        <translation>Dieselbe kWh, anderes CO₂e</translation>
    </message>
    <message>
        <source>The same smaller deployment, but the model stays in service for three years instead of two. The cost of the search does not change; the time to recover it does.</source>
        <translation>Derselbe kleinere Betrieb, aber das Modell bleibt drei statt zwei Jahre in Betrieb. Die Kosten der Suche ändern sich nicht; die Zeit, sie wieder hereinzuholen, schon.</translation>
    </message>
    <message>
        <source>The same sparse kernels on a CPU server</source>
        <translation>Dieselben Sparse-Kernel auf einem CPU-Server</translation>
    </message>
    <message>
        <source>The search is paid once; its saving comes with every request. The chart shows the saving accumulating until it covers the cost.</source>
        <translation>Die Suche wird einmal bezahlt; ihre Einsparung kommt mit jeder Anfrage. Das Diagramm zeigt, wie sich die Einsparung aufsummiert, bis sie die Kosten deckt.</translation>
    </message>
    <message>
        <source>The share of each phone charged to the feature is an assumption, not a measurement. Charge nothing of the phones and only the model&apos;s own energy is left.</source>
        <translation>Der Anteil jedes Telefons, der der Funktion angerechnet wird, ist eine Annahme, keine Messung. Rechnen Sie nichts von den Telefonen an, bleibt nur die eigene Energie des Modells.</translation>
    </message>
    <message>
        <source>The whole system on one map</source>
        <translation>Das ganze System auf einer Karte</translation>
    </message>
    <message>
        <source>Then go further: INT4, or keep the GPUs longer?</source>
        <translation>Dann weiter: INT4 oder die GPUs länger behalten?</translation>
    </message>
    <message>
        <source>Time &amp; place</source>
        <translation>Zeit &amp; Ort</translation>
    </message>
    <message>
        <source>Tokens (or samples) processed in one full run.</source>
        <translation>In einem vollständigen Lauf verarbeitete Token (oder Beispiele).</translation>
    </message>
    <message>
        <source>Tokens in the prompt (incl. system prompt and context); processed in one compute-bound pass.</source>
        <translation>Token im Prompt (inkl. Systemprompt und Kontext); in einem rechengebundenen Durchlauf verarbeitet.</translation>
    </message>
    <message>
        <source>Tokens in the response; each is one decode step.</source>
        <translation>Token in der Antwort; jedes ist ein Decode-Schritt.</translation>
    </message>
    <message>
        <source>Tokens per query</source>
        <translation>Token pro Anfrage</translation>
    </message>
    <message>
        <source>Tokens processed per query (prompt + output).</source>
        <translation>Je Anfrage verarbeitete Token (Prompt + Ausgabe).</translation>
    </message>
    <message>
        <source>Total FLOP</source>
        <translation>FLOP insgesamt</translation>
    </message>
    <message>
        <source>Total carbon</source>
        <translation>CO₂e gesamt</translation>
    </message>
    <message>
        <source>Total floating-point operations of one run, when known directly.</source>
        <translation>Gesamte Gleitkommaoperationen eines Laufs, wenn direkt bekannt.</translation>
    </message>
    <message>
        <source>Training PUE override</source>
        <translation>Training: PUE übersteuern</translation>
    </message>
    <message>
        <source>Training accelerator</source>
        <translation>Training: Beschleuniger</translation>
    </message>
    <message>
        <source>Training carbon intensity override</source>
        <translation>Training: CO₂-Intensität übersteuern</translation>
    </message>
    <message>
        <source>Training compute saved</source>
        <translation>Eingesparter Trainings-Rechenaufwand</translation>
    </message>
    <message>
        <source>Training data-centre type</source>
        <translation>Training: Rechenzentrumstyp</translation>
    </message>
    <message>
        <source>Training embodied carbon per device override</source>
        <translation>Training: grauen CO₂e je Gerät übersteuern</translation>
    </message>
    <message>
        <source>Training grid region</source>
        <translation>Training: Netzregion</translation>
    </message>
    <message>
        <source>Training hardware lifetime override</source>
        <translation>Training: Hardware-Lebensdauer übersteuern</translation>
    </message>
    <message>
        <source>Training hardware use rate override</source>
        <translation>Training: Hardware-Nutzungsgrad übersteuern</translation>
    </message>
    <message>
        <source>Training load (fraction of TDP)</source>
        <translation>Training: Last (Anteil der TDP)</translation>
    </message>
    <message>
        <source>Training measured power per device</source>
        <translation>Training: gemessene Leistung je Gerät</translation>
    </message>
    <message>
        <source>Training off-site water intensity override</source>
        <translation>Training: Wasserintensität außerhalb übersteuern</translation>
    </message>
    <message>
        <source>Training on-site WUE override</source>
        <translation>Training: WUE vor Ort übersteuern</translation>
    </message>
    <message>
        <source>Training schedule</source>
        <translation>Trainingszeitplan</translation>
    </message>
    <message>
        <source>Training: FLOP per parameter per token</source>
        <translation>Training: FLOP je Parameter und Token</translation>
    </message>
    <message>
        <source>Training: accelerator-hours</source>
        <translation>Training: Beschleuniger-Stunden</translation>
    </message>
    <message>
        <source>Training: accelerators in parallel</source>
        <translation>Training: parallele Beschleuniger</translation>
    </message>
    <message>
        <source>Training: active parameters</source>
        <translation>Training: aktive Parameter</translation>
    </message>
    <message>
        <source>Training: compute given as</source>
        <translation>Training: Rechenaufwand angegeben als</translation>
    </message>
    <message>
        <source>Training: measured at the facility wall</source>
        <translation>Training: am Netzanschluss gemessen</translation>
    </message>
    <message>
        <source>Training: measured energy</source>
        <translation>Training: gemessene Energie</translation>
    </message>
    <message>
        <source>Training: numeric precision</source>
        <translation>Training: numerische Präzision</translation>
    </message>
    <message>
        <source>Training: total compute</source>
        <translation>Training: gesamter Rechenaufwand</translation>
    </message>
    <message>
        <source>Training: training tokens</source>
        <translation>Training: Trainings-Token</translation>
    </message>
    <message>
        <source>Training: utilization (MFU)</source>
        <translation>Training: Auslastung (MFU)</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Transformer-Schichten</translation>
    </message>
    <message>
        <source>Two of every four weights zeroed is a pattern the GPU&apos;s tensor cores were built for. The same fraction of FLOP is removed, but now the hardware can turn it into time.</source>
        <translation>Zwei von je vier Gewichten auf null ist ein Muster, für das die Tensor-Cores der GPU gebaut wurden. Derselbe Anteil der FLOP entfällt, aber jetzt kann die Hardware ihn in Zeit umsetzen.</translation>
    </message>
    <message>
        <source>Unstructured</source>
        <translation>Unstrukturiert</translation>
    </message>
    <message>
        <source>Unstructured (any weight) or 2:4 structured (two of every four; at most 50%).</source>
        <translation>Unstrukturiert (beliebige Gewichte) oder 2:4-strukturiert (zwei von je vier; höchstens 50%).</translation>
    </message>
    <message>
        <source>Unstructured pruning (masked dense kernels)</source>
        <translation>Unstrukturiertes Pruning (maskierte dichte Kernel)</translation>
    </message>
    <message>
        <source>Unstructured pruning (sparse kernels)</source>
        <translation>Unstrukturiertes Pruning (Sparse-Kernel)</translation>
    </message>
    <message>
        <source>Use measured energy</source>
        <translation>Gemessene Energie verwenden</translation>
    </message>
    <message>
        <source>Use sparse kernels</source>
        <translation>Sparse-Kernel verwenden</translation>
    </message>
    <message>
        <source>Users&apos; carbon intensity override</source>
        <translation>CO₂-Intensität der Nutzer übersteuern</translation>
    </message>
    <message>
        <source>Users&apos; grid region</source>
        <translation>Netzregion der Nutzer</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Wait for a cleaner hour</source>
        <translation>Auf eine sauberere Stunde warten</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Water consumed generating each kWh of electricity (EWIF).</source>
        <translation>Wasserverbrauch bei der Erzeugung jeder kWh Strom (EWIF).</translation>
    </message>
    <message>
        <source>Water evaporated on site per kWh of IT energy (cooling).</source>
        <translation>Vor Ort verdunstetes Wasser je kWh IT-Energie (Kühlung).</translation>
    </message>
    <message>
        <source>Water for cooling and for power</source>
        <translation>Wasser für Kühlung und Strom</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>What does each variant change?</source>
        <translation>Was ändert jede Variante?</translation>
    </message>
    <message>
        <source>What moves the total from the baseline to a variant?</source>
        <translation>Was verschiebt die Summe von der Basis zu einer Variante?</translation>
    </message>
    <message>
        <source>What moving does to water</source>
        <translation>Was die Verlagerung für das Wasser bedeutet</translation>
    </message>
    <message>
        <source>What the system is and where its numbers come from.</source>
        <translation>Was das System ist und woher seine Zahlen stammen.</translation>
    </message>
    <message>
        <source>When and where should training run?</source>
        <translation>Wann und wo sollte das Training laufen?</translation>
    </message>
    <message>
        <source>Where does the impact come from?</source>
        <translation>Woher kommt die Umweltwirkung?</translation>
    </message>
    <message>
        <source>Whether fewer FLOP means less energy depends on the device. Here the triad sweeps unstructured pruning on a CPU server instead of the GPU.</source>
        <translation>Ob weniger FLOP weniger Energie bedeuten, hängt vom Gerät ab. Hier durchläuft die Triade unstrukturiertes Pruning auf einem CPU-Server statt auf der GPU.</translation>
    </message>
    <message>
        <source>Which emits the least carbon over three years?</source>
        <translation>Was emittiert über drei Jahre am wenigsten CO₂e?</translation>
    </message>
    <message>
        <source>Which hour-of-day profile to use, where the region has seasonal data.</source>
        <translation>Welches Tagesprofil verwendet wird, wo die Region jahreszeitliche Daten hat.</translation>
    </message>
    <message>
        <source>Which inputs matter most, for which criterion?</source>
        <translation>Welche Eingaben zählen am meisten, für welches Kriterium?</translation>
    </message>
    <message>
        <source>Which produces less e-waste?</source>
        <translation>Was erzeugt weniger Elektroschrott?</translation>
    </message>
    <message>
        <source>Which puts more weight on deployment compared with development?</source>
        <translation>Was legt mehr Gewicht auf den Betrieb im Vergleich zur Entwicklung?</translation>
    </message>
    <message>
        <source>Which run uses more water?</source>
        <translation>Welcher Lauf verbraucht mehr Wasser?</translation>
    </message>
    <message>
        <source>Which single change cuts lifetime carbon the most?</source>
        <translation>Welche einzelne Änderung senkt das CO₂e über die Lebensdauer am stärksten?</translation>
    </message>
    <message>
        <source>Which uses more water over the service&apos;s life?</source>
        <translation>Was verbraucht über die Betriebsdauer des Dienstes mehr Wasser?</translation>
    </message>
    <message>
        <source>Will the efficiency saving survive more use?</source>
        <translation>Überlebt die Effizienzeinsparung die Mehrnutzung?</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>With clean electricity each kilowatt-hour now emits little. Four-bit weights still save energy, because serving is bound by memory traffic, and the triad shows how much. But once the grid is clean, does saving energy still cut carbon?</source>
        <translation>Mit sauberem Strom emittiert jede Kilowattstunde nun wenig. Vier-Bit-Gewichte sparen weiterhin Energie, weil die Inferenz durch den Speicherverkehr begrenzt ist, und die Triade zeigt, wie viel. Aber senkt Energiesparen noch CO₂e, wenn das Netz sauber ist?</translation>
    </message>
    <message>
        <source>With five years of growing traffic the curve keeps rising long after launch. This is why efficiency in serving matters more than efficiency in training for a popular model.</source>
        <translation>Mit fünf Jahren wachsenden Verkehrs steigt die Kurve noch lange nach dem Start. Darum zählt bei einem beliebten Modell Effizienz in der Inferenz mehr als Effizienz im Training.</translation>
    </message>
    <message>
        <source>With the architecture search</source>
        <translation>Mit der Architektursuche</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Ohne sie</translation>
    </message>
    <message>
        <source>Yearly fall of grid carbon intensity in the time simulation (a region&apos;s catalog value overrides it).</source>
        <translation>Jährlicher Rückgang der CO₂-Intensität des Netzes in der Zeitsimulation (der Katalogwert einer Region hat Vorrang).</translation>
    </message>
    <message>
        <source>Yearly growth of demand; the scenario file holds a fraction (0.5 = +50% per year).</source>
        <translation>Jährliches Nachfragewachstum; die Szenariodatei enthält einen Anteil (0.5 = +50% pro Jahr).</translation>
    </message>
    <message>
        <source>Years before a device is replaced (one cohort of e-waste each time).</source>
        <translation>Jahre bis zum Ersatz eines Geräts (jedes Mal eine Kohorte Elektroschrott).</translation>
    </message>
    <message>
        <source>Years in service</source>
        <translation>Jahre im Betrieb</translation>
    </message>
    <message>
        <source>Years to full adoption</source>
        <translation>Jahre bis zur vollen Verbreitung</translation>
    </message>
    <message>
        <source>Years until 95% of the edge fleet is in service.</source>
        <translation>Jahre, bis 95% der Edge-Flotte in Betrieb sind.</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>gCO₂e/kWh</source>
        <translation>gCO₂e/kWh</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>h/day</source>
        <translation>h/Tag</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kgCO₂e</source>
        <translation>kgCO₂e</translation>
    </message>
    <message>
        <source>kgCO₂e/kg</source>
        <translation>kgCO₂e/kg</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>queries/day</source>
        <translation>Anfragen/Tag</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <source>x final run</source>
        <translation>× finaler Lauf</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Batch size (sequences per decode step)</source>
        <translation>Batchgröße (Sequenzen je Decode-Schritt)</translation>
    </message>
    <message>
        <source>Compute removed by distillation (%)</source>
        <translation>Durch Distillation entfernter Rechenaufwand (%)</translation>
    </message>
    <message>
        <source>Weights pruned (%)</source>
        <translation>Entfernte Gewichte (%)</translation>
    </message>
    <message>
        <source>per generated token</source>
        <translation>je erzeugtem Token</translation>
    </message>
    <message>
        <source>per inference</source>
        <translation>je Inferenz</translation>
    </message>
    <message>
        <source>per query</source>
        <translation>je Anfrage</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Allocated / busy device-hours</source>
        <translation>Zugeteilte / ausgelastete Gerätestunden</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Day of the year (1 = 1 January) when the job is ready, for regions with a year of hourly data (hours in UTC); day 366 of a 365-day year wraps to 1 January.</source>
        <translation>Tag des Jahres (1 = 1. Januar), an dem der Job bereit ist, für Regionen mit einem Jahr stündlicher Daten (Stunden in UTC); Tag 366 eines Jahres mit 365 Tagen wird zum 1. Januar.</translation>
    </message>
    <message>
        <source>Deployment host server</source>
        <translation>Host-Server im Betrieb</translation>
    </message>
    <message>
        <source>Devices held but not computing (queueing, checkpoints, failed and restarted jobs, reservations): allocated device-hours per busy device-hour. 1 = busy whenever held.</source>
        <translation>Belegte, aber nicht rechnende Geräte (Warteschlangen, Checkpoints, abgebrochene und neu gestartete Jobs, Reservierungen): zugeteilte Gerätestunden je ausgelasteter Gerätestunde. 1 = immer ausgelastet, solange belegt.</translation>
    </message>
    <message>
        <source>For regions with a year of hourly data: the average intensity of the mix (Electricity Maps) or the marginal intensity of the plant that answers one more kWh (WattTime MOER). Where the region has only one kind, that one is used and a caveat says so.</source>
        <translation>Für Regionen mit einem Jahr stündlicher Daten: die durchschnittliche Intensität des Strommixes (Electricity Maps) oder die marginale Intensität des Kraftwerks, das eine zusätzliche kWh liefert (WattTime MOER). Hat die Region nur eine Art, wird diese verwendet, und ein Hinweis sagt es.</translation>
    </message>
    <message>
        <source>Host server from the server catalog, charged apart from the accelerators: its embodied carbon and mass shared by the accelerators it hosts, over its own life; the accelerators then count their boards alone. None (&quot;&quot;): each accelerator&apos;s figures carry a generic server share. Energy is unchanged (the host share of power stays in each device&apos;s draw).</source>
        <translation>Host-Server aus dem Serverkatalog, getrennt von den Beschleunigern angerechnet: sein grauer CO₂e und seine Masse, geteilt durch die Beschleuniger, die er trägt, über seine eigene Lebensdauer; die Beschleuniger zählen dann nur ihre Karten. Keiner (&quot;&quot;): die Werte jedes Beschleunigers enthalten einen generischen Serveranteil. Die Energie bleibt gleich (der Host-Anteil der Leistung bleibt in der Aufnahme jedes Geräts).</translation>
    </message>
    <message>
        <source>Hourly intensity</source>
        <translation>Stündliche Intensität</translation>
    </message>
    <message>
        <source>Job can start on day</source>
        <translation>Job kann starten am Tag</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>NAS host server</source>
        <translation>Host-Server der NAS</translation>
    </message>
    <message>
        <source>Power drawn by an allocated but idle device, as a fraction of its busy power.</source>
        <translation>Leistungsaufnahme eines zugeteilten, aber untätigen Geräts als Anteil seiner Lastleistung.</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Primärenergie</translation>
    </message>
    <message>
        <source>Resource depletion</source>
        <translation>Ressourcenverbrauch</translation>
    </message>
    <message>
        <source>Resource depletion (ADPe)</source>
        <translation>Ressourcenverbrauch (ADPe)</translation>
    </message>
    <message>
        <source>Shared infrastructure power (fraction of busy)</source>
        <translation>Leistung gemeinsamer Infrastruktur (Anteil der Lastleistung)</translation>
    </message>
    <message>
        <source>Storage, network and front-end nodes the serving fleet shares, per provisioned device, as a fraction of a device&apos;s busy power; counted for every provisioned device-hour.</source>
        <translation>Speicher, Netzwerk und Frontend-Knoten, die sich die Serving-Flotte teilt, je bereitgestelltem Gerät als Anteil der Lastleistung eines Geräts; gezählt für jede bereitgestellte Gerätestunde.</translation>
    </message>
    <message>
        <source>Storage, network and login nodes the phase shares, per allocated device, as a fraction of a device&apos;s busy power; counted for every allocated device-hour.</source>
        <translation>Speicher, Netzwerk und Login-Knoten, die sich die Phase teilt, je zugeteiltem Gerät als Anteil der Lastleistung eines Geräts; gezählt für jede zugeteilte Gerätestunde.</translation>
    </message>
    <message>
        <source>Training host server</source>
        <translation>Host-Server des Trainings</translation>
    </message>
    <message>
        <source>day of year</source>
        <translation>Tag des Jahres</translation>
    </message>
    <message>
        <source>AMD Instinct MI250X (unconfirmed specs)</source>
        <translation>AMD Instinct MI250X (Daten unbestätigt)</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>AWS p5.48xlarge host (8 x H100, EcoLogits / BoaviztAPI)</source>
        <translation>AWS-p5.48xlarge-Host (8 × H100, EcoLogits / BoaviztAPI)</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Canada - Quebec</source>
        <translation>Kanada - Québec</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Cloud provider (average)</source>
        <translation>Cloud-Anbieter (Durchschnitt)</translation>
    </message>
    <message>
        <source>DeepSeek (China)</source>
        <translation>DeepSeek (China)</translation>
    </message>
    <message>
        <source>Dual-socket CPU server (host of an 8-GPU server, no GPUs; one device)</source>
        <translation>CPU-Server mit zwei Sockeln (Host eines 8-GPU-Servers, ohne GPUs; ein Gerät)</translation>
    </message>
    <message>
        <source>Edge NPU / DLPU (Coral Edge TPU, Arm Ethos-U, Axis ARTPEC DLPU, Ascend 310-class; INT8-native)</source>
        <translation>Edge-NPU / DLPU (Coral Edge TPU, Arm Ethos-U, Axis ARTPEC DLPU, Ascend-310-Klasse; INT8-nativ)</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>GPU with 2:4 sparse tensor cores (Ampere/Ada/Hopper: A100, L4, H100)</source>
        <translation>GPU mit 2:4-Sparse-Tensor-Cores (Ampere/Ada/Hopper: A100, L4, H100)</translation>
    </message>
    <message>
        <source>GPU without 2:4 sparse tensor cores (Pascal/Volta/Turing/CDNA2: P100, V100, T4, GTX 1080 Ti, MI250X)</source>
        <translation>GPU ohne 2:4-Sparse-Tensor-Cores (Pascal/Volta/Turing/CDNA2: P100, V100, T4, GTX 1080 Ti, MI250X)</translation>
    </message>
    <message>
        <source>Generic 4-GPU server (Boavizta e-footprint default)</source>
        <translation>Generischer 4-GPU-Server (Vorgabe von Boavizta e-footprint)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Global average data centre</source>
        <translation>Rechenzentrum im weltweiten Durchschnitt</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Google TPU (v2-v5; dense systolic MXU)</source>
        <translation>Google TPU (v2–v5; dichte systolische MXU)</translation>
    </message>
    <message>
        <source>Google TPU v2 (per chip)</source>
        <translation>Google TPU v2 (je Chip)</translation>
    </message>
    <message>
        <source>Google TPU v3 (per chip)</source>
        <translation>Google TPU v3 (je Chip)</translation>
    </message>
    <message>
        <source>Google TPU v4 (per chip)</source>
        <translation>Google TPU v4 (je Chip)</translation>
    </message>
    <message>
        <source>HPE Apollo 6500 Gen10 Plus (8-GPU server, BLOOM)</source>
        <translation>HPE Apollo 6500 Gen10 Plus (8-GPU-Server, BLOOM)</translation>
    </message>
    <message>
        <source>Hyperscale (state of the art, evaporative cooling)</source>
        <translation>Hyperscale (Stand der Technik, Verdunstungskühlung)</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Laptop (generic)</source>
        <translation>Laptop (generisch)</translation>
    </message>
    <message>
        <source>Microcontroller sensor node (MCU, Boavizta TIDE archetype)</source>
        <translation>Mikrocontroller-Sensorknoten (MCU, Boavizta-TIDE-Archetyp)</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>Microsoft U.S. average (Li et al. Table 1)</source>
        <translation>Microsoft, US-Durchschnitt (Li et al., Tabelle 1)</translation>
    </message>
    <message>
        <source>NVIDIA A100 40GB PCIe</source>
        <translation>NVIDIA A100 40GB PCIe</translation>
    </message>
    <message>
        <source>NVIDIA A100 80GB PCIe</source>
        <translation>NVIDIA A100 80GB PCIe</translation>
    </message>
    <message>
        <source>NVIDIA A100 80GB SXM4</source>
        <translation>NVIDIA A100 80GB SXM4</translation>
    </message>
    <message>
        <source>NVIDIA GeForce GTX 1080 Ti (academic-lab consumer GPU)</source>
        <translation>NVIDIA GeForce GTX 1080 Ti (Verbraucher-GPU eines Hochschullabors)</translation>
    </message>
    <message>
        <source>NVIDIA H100 NVL 94GB (per GPU)</source>
        <translation>NVIDIA H100 NVL 94GB (je GPU)</translation>
    </message>
    <message>
        <source>NVIDIA H100 SXM5 80GB</source>
        <translation>NVIDIA H100 SXM5 80GB</translation>
    </message>
    <message>
        <source>NVIDIA Jetson AGX Orin 32/64GB (unconfirmed specs)</source>
        <translation>NVIDIA Jetson AGX Orin 32/64GB (Daten unbestätigt)</translation>
    </message>
    <message>
        <source>NVIDIA Jetson AGX Xavier</source>
        <translation>NVIDIA Jetson AGX Xavier</translation>
    </message>
    <message>
        <source>NVIDIA Jetson Nano 4GB</source>
        <translation>NVIDIA Jetson Nano 4GB</translation>
    </message>
    <message>
        <source>NVIDIA Jetson Orin NX</source>
        <translation>NVIDIA Jetson Orin NX</translation>
    </message>
    <message>
        <source>NVIDIA Jetson Orin Nano 8GB</source>
        <translation>NVIDIA Jetson Orin Nano 8GB</translation>
    </message>
    <message>
        <source>NVIDIA L4 24GB</source>
        <translation>NVIDIA L4 24GB</translation>
    </message>
    <message>
        <source>NVIDIA T4 16GB (PCIe low-profile)</source>
        <translation>NVIDIA T4 16GB (PCIe, Low Profile)</translation>
    </message>
    <message>
        <source>NVIDIA Tesla P100 16GB (PCIe)</source>
        <translation>NVIDIA Tesla P100 16GB (PCIe)</translation>
    </message>
    <message>
        <source>NVIDIA Tesla V100 32GB (SXM2)</source>
        <translation>NVIDIA Tesla V100 32GB (SXM2)</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>On-premises / enterprise server room</source>
        <translation>Eigener Serverraum (On-Premises)</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Raspberry Pi 4 Model B</source>
        <translation>Raspberry Pi 4 Model B</translation>
    </message>
    <message>
        <source>Research cluster with closed-loop cooling</source>
        <translation>Forschungscluster mit geschlossenem Kühlkreislauf</translation>
    </message>
    <message>
        <source>Server/desktop/mobile CPU with sparse-aware runtime (DeepSparse, XNNPACK, AMX kernels)</source>
        <translation>Server-/Desktop-/Mobil-CPU mit Sparse-fähiger Laufzeit (DeepSparse, XNNPACK, AMX-Kernel)</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Smartphone (generic)</source>
        <translation>Smartphone (generisch)</translation>
    </message>
    <message>
        <source>Smartphone (recent flagship)</source>
        <translation>Smartphone (aktuelles Spitzenmodell)</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Sparse-native dataflow accelerator (Cerebras CS-2/CS-3 class)</source>
        <translation>Sparse-nativer Datenfluss-Beschleuniger (Klasse Cerebras CS-2/CS-3)</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Tablet (generic)</source>
        <translation>Tablet (generisch)</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>US - California</source>
        <translation>USA - Kalifornien</translation>
    </message>
    <message>
        <source>US - Iowa</source>
        <translation>USA - Iowa</translation>
    </message>
    <message>
        <source>US - Oregon</source>
        <translation>USA - Oregon</translation>
    </message>
    <message>
        <source>US - Texas</source>
        <translation>USA - Texas</translation>
    </message>
    <message>
        <source>US - Virginia</source>
        <translation>USA - Virginia</translation>
    </message>
    <message>
        <source>US - Washington</source>
        <translation>USA - Washington</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>USA (Durchschnitt)</translation>
    </message>
    <message>
        <source>World average</source>
        <translation>Weltdurchschnitt</translation>
    </message>
    <message>
        <source>Carbon per query or inference</source>
        <translation>CO₂e je Anfrage oder Inferenz</translation>
    </message>
    <message>
        <source>500 mL bottle of water</source>
        <translation>500-mL-Flasche Wasser</translation>
    </message>
    <message>
        <source>500 mL bottles of water</source>
        <translation>500-mL-Flaschen Wasser</translation>
    </message>
    <message>
        <source>average car over its lifetime, including fuel</source>
        <translation>durchschnittliches Auto über seine Lebensdauer, einschließlich Kraftstoff</translation>
    </message>
    <message>
        <source>average cars over their lifetime, including fuel</source>
        <translation>durchschnittliche Autos über ihre Lebensdauer, einschließlich Kraftstoff</translation>
    </message>
    <message>
        <source>km driven by an average US passenger vehicle</source>
        <translation>km mit einem durchschnittlichen US-Pkw</translation>
    </message>
    <message>
        <source>passenger flight New York–San Francisco</source>
        <translation>Passagierflug New York–San Francisco</translation>
    </message>
    <message>
        <source>passenger flights New York–San Francisco</source>
        <translation>Passagierflüge New York–San Francisco</translation>
    </message>
    <message>
        <source>smartphone charge</source>
        <translation>Smartphone-Ladung</translation>
    </message>
    <message>
        <source>smartphone charges</source>
        <translation>Smartphone-Ladungen</translation>
    </message>
    <message>
        <source>year of an average American&apos;s emissions</source>
        <translation>Jahr der Emissionen eines durchschnittlichen US-Amerikaners</translation>
    </message>
    <message>
        <source>year of an average person&apos;s emissions (world)</source>
        <translation>Jahr der Emissionen eines durchschnittlichen Menschen (weltweit)</translation>
    </message>
    <message>
        <source>year of e-waste generated by an average person (world, 2022)</source>
        <translation>Jahr Elektroschrott eines durchschnittlichen Menschen (weltweit, 2022)</translation>
    </message>
    <message>
        <source>year of electricity use by an average US home</source>
        <translation>Jahr Stromverbrauch eines durchschnittlichen US-Haushalts</translation>
    </message>
    <message>
        <source>years of an average American&apos;s emissions</source>
        <translation>Jahre der Emissionen eines durchschnittlichen US-Amerikaners</translation>
    </message>
    <message>
        <source>years of an average person&apos;s emissions (world)</source>
        <translation>Jahre der Emissionen eines durchschnittlichen Menschen (weltweit)</translation>
    </message>
    <message>
        <source>years of e-waste generated by an average person (world, 2022)</source>
        <translation>Jahre Elektroschrott eines durchschnittlichen Menschen (weltweit, 2022)</translation>
    </message>
    <message>
        <source>years of electricity use by an average US home</source>
        <translation>Jahre Stromverbrauch eines durchschnittlichen US-Haushalts</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ArchitecturePicker</name>
    <message>
        <source>Fill the shape from a model card...</source>
        <translation>Form aus einer Model Card übernehmen...</translation>
    </message>
    <message>
        <source>Sets active and total parameters, layers, KV heads, head size and experts (roofline mode).</source>
        <translation>Setzt aktive und gesamte Parameter, Schichten, KV-Heads, Head-Größe und Experten (Roofline-Modus).</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::BreakEvenChart</name>
    <message>
        <source>Investment:</source>
        <translation>Investition:</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Einmalige Kosten</translation>
    </message>
    <message>
        <source>Cumulative saving</source>
        <translation>Kumulierte Einsparung</translation>
    </message>
    <message>
        <source>Saving after the service ends (extrapolated)</source>
        <translation>Einsparung nach Dienstende (extrapoliert)</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Days of deployment</source>
        <translation>Tage im Betrieb</translation>
    </message>
    <message>
        <source> (after the service ends)</source>
        <translation> (nach Dienstende)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;after %2 of deployment%3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;nach %2 Betrieb%3: %4</translation>
    </message>
    <message>
        <source>With and without the investment, demand responding as the rebound chart models it (the scenario&apos;s elasticity). Savings accrue with queries served (with growth) and evenly at the edge; after the end of service they are extrapolated at their average rate (shaded). Patterson et al. 2021: the Evolved Transformer search paid back ~15:1 on one training run.</source>
        <translation>Mit und ohne die Investition, die Nachfrage reagiert wie im Rebound-Diagramm modelliert (die Elastizität des Szenarios). Einsparungen wachsen mit den beantworteten Anfragen (mit Wachstum) und gleichmäßig am Edge; nach Dienstende werden sie mit ihrer mittleren Rate extrapoliert (schattiert). Patterson et al. 2021: die Suche nach dem Evolved Transformer zahlte sich bei einem Trainingslauf ~15:1 aus.</translation>
    </message>
    <message>
        <source>--break-even %1</source>
        <translation>--break-even %1</translation>
    </message>
    <message>
        <source>Carbon (t CO₂e)</source>
        <translation>CO₂e (t)</translation>
    </message>
    <message>
        <source>Days of deployment (log scale)</source>
        <translation>Tage im Betrieb (log. Skala)</translation>
    </message>
    <message>
        <source>Carbon (kg CO₂e)</source>
        <translation>CO₂e (kg)</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::BridgeChart</name>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>--bridge @%1</source>
        <translation>--bridge @%1</translation>
    </message>
    <message>
        <source>Each step is a cause&apos;s share of the change: the Shapley value over the causes the variant touches, so the steps do not depend on an order and sum exactly to the change (docs/model.md §14). Red adds impact, green removes it.</source>
        <translation>Jeder Schritt ist der Anteil einer Ursache an der Änderung: der Shapley-Wert über die Ursachen, die die Variante berührt; die Schritte hängen also nicht von einer Reihenfolge ab und summieren sich genau zur Änderung (docs/model.md §14). Rot fügt Wirkung hinzu, Grün nimmt sie weg.</translation>
    </message>
    <message>
        <source> · axis from %1</source>
        <translation> · Achse ab %1</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export PNG (1×)…</source>
        <translation>PNG exportieren (1×)…</translation>
    </message>
    <message>
        <source>Export PNG (2×)…</source>
        <translation>PNG exportieren (2×)…</translation>
    </message>
    <message>
        <source>Export PNG (3×)…</source>
        <translation>PNG exportieren (3×)…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>Als Bild kopieren</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::CompareChart</name>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>--compare %1</source>
        <translation>--compare %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
    <message>
        <source>Each variant is the baseline with the parameters in “What does each variant change?” set otherwise, evaluated by the same model (docs/model.md). Bars are stacked by life-cycle phase; e-waste is counted at disposal.</source>
        <translation>Jede Variante ist die Basis mit den unter „Was ändert jede Variante?“ genannten Parametern anders gesetzt, berechnet mit demselben Modell (docs/model.md). Balken sind nach Lebenszyklusphase gestapelt; Elektroschrott zählt bei der Entsorgung.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::DeckDialog</name>
    <message>
        <source>Export deck</source>
        <translation>Foliensatz exportieren</translation>
    </message>
    <message>
        <source>A title slide with the key figures, then one slide per chart you tick. Charts with nothing to show for this scenario start unticked.</source>
        <translation>Eine Titelfolie mit den Kennzahlen, dann eine Folie je angehaktem Diagramm. Diagramme ohne Inhalt für dieses Szenario sind anfangs nicht angehakt.</translation>
    </message>
    <message>
        <source>%1
Nothing to show: %2</source>
        <translation>%1
Nichts zu zeigen: %2</translation>
    </message>
    <message>
        <source>1 slide: the title slide only.</source>
        <translation>1 Folie: nur die Titelfolie.</translation>
    </message>
    <message>
        <source>2 slides: the title slide and 1 chart.</source>
        <translation>2 Folien: die Titelfolie und 1 Diagramm.</translation>
    </message>
    <message>
        <source>%1 slides: the title slide and %2 charts.</source>
        <translation>%1 Folien: die Titelfolie und %2 Diagramme.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::FileWarningsBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message (saving still leaves those keys out)</source>
        <translation>Diese Meldung ausblenden (Speichern lässt diese Schlüssel weiterhin weg)</translation>
    </message>
    <message>
        <source>an entry</source>
        <translation>einen Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>⚠ %1 has %2 that this version does not know. They are ignored, and saving will not keep them:</source>
        <translation>⚠ %1 enthält %2, die diese Version nicht kennt. Sie werden ignoriert, und Speichern behält sie nicht:</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::KpiTiles</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>5th to 95th percentile of a Monte Carlo over every input&apos;s plausible range (docs/model.md §15)</source>
        <translation>5. bis 95. Perzentil einer Monte-Carlo-Simulation über den plausiblen Bereich jeder Eingabe (docs/model.md §15)</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::LessonLauncher</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::LessonStartPage</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop mode.&lt;/b&gt; Each lesson shows one claim of “Efficiency is Not Enough” on the model, step by step, with a question to predict before each answer. Choose one and press Present (→ / Space next, ← back, Esc back to the explorer).</source>
        <translation>&lt;b&gt;Workshop-Modus.&lt;/b&gt; Jede Lektion zeigt eine These aus „Efficiency is Not Enough“ am Modell, Schritt für Schritt, mit einer Frage zum Schätzen vor jeder Antwort. Wählen Sie eine aus und drücken Sie Vorführen (→ / Leertaste weiter, ← zurück, Esc zurück zum Explorer).</translation>
    </message>
    <message>
        <source>%1. %2
      %3</source>
        <translation>%1. %2
      %3</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded:
%1</source>
        <translation>Einige Lektionen konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Vorführen</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation>Lektions&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Explore on My Own</source>
        <translation>Selbst erkunden</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::LifecycleChart</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>E-waste</source>
        <translation>E-Schrott</translation>
    </message>
    <message>
        <source>Share of life-cycle total (%)</source>
        <translation>Anteil an der Summe (%)</translation>
    </message>
    <message>
        <source> (embodied)</source>
        <translation> (Herstellung)</translation>
    </message>
    <message>
        <source>Embodied (hatched)</source>
        <translation>Herstellung (schraffiert)</translation>
    </message>
    <message>
        <source>%1 energy</source>
        <translation>%1: Energie</translation>
    </message>
    <message>
        <source>life-cycle energy</source>
        <translation>Energie über den Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 embodied</source>
        <translation>%1: Herstellung</translation>
    </message>
    <message>
        <source>%1 operational</source>
        <translation>%1: Betrieb</translation>
    </message>
    <message>
        <source>life-cycle carbon</source>
        <translation>CO₂e über den Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 water</source>
        <translation>%1: Wasser</translation>
    </message>
    <message>
        <source>life-cycle water</source>
        <translation>Wasser über den Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 e-waste</source>
        <translation>%1: Elektroschrott</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, aus %1</translation>
    </message>
    <message>
        <source>life-cycle e-waste</source>
        <translation>Elektroschrott über den Lebenszyklus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 of %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 von %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;IT energy: at work %1 · allocated but idle %2 · shared infrastructure %3</source>
        <translation>&lt;br&gt;IT-Energie: bei der Arbeit %1 · zugeteilt, aber untätig %2 · gemeinsame Infrastruktur %3</translation>
    </message>
    <message>
        <source>Shares of each life-cycle total. Embodied carbon: manufacturing allocated by use (data centre) or charged at purchase × ML share (edge). E-waste is counted at disposal; hover it to see whose hardware it was. ADPe: resource depletion (the minerals and metals mined); PE: primary energy; both electricity plus manufacturing.</source>
        <translation>Anteile an der jeweiligen Lebenszyklus-Summe. Grauer CO₂e (Herstellung): nach Nutzung zugeteilt (Rechenzentrum) oder beim Kauf × ML-Anteil angerechnet (Edge). Elektroschrott zählt bei der Entsorgung; mit der Maus darüber sehen Sie, wessen Hardware es war. ADPe: Ressourcenverbrauch (abgebaute Mineralien und Metalle); PE: Primärenergie; beide Strom plus Herstellung.</translation>
    </message>
    <message>
        <source>ADPe</source>
        <translation>ADPe</translation>
    </message>
    <message>
        <source>PE</source>
        <translation>PE</translation>
    </message>
    <message>
        <source> (accelerators %1, host servers %2)</source>
        <translation> (Beschleuniger %1, Host-Server %2)</translation>
    </message>
    <message>
        <source>%1 resource depletion</source>
        <translation>%1 Ressourcenverbrauch</translation>
    </message>
    <message>
        <source>life-cycle ADPe</source>
        <translation>ADPe im Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 primary energy</source>
        <translation>%1 Primärenergie</translation>
    </message>
    <message>
        <source>life-cycle primary energy</source>
        <translation>Primärenergie im Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4
%5 · %6</source>
        <translation>%1 · %2 · %3 · %4
%5 · %6</translation>
    </message>
    <message>
        <source>90%: %1 · %2 · %3
90%: %4 · %5 · %6</source>
        <translation>90%: %1 · %2 · %3
90%: %4 · %5 · %6</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Evaluated in %1 µs</source>
        <translation>Berechnet in %1 µs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenario files (*.mlimpact.json *.json);;All files (*)</source>
        <translation>Szenariodateien (*.mlimpact.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Export &amp;Deck (PDF)…</source>
        <translation>&amp;Foliensatz exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export Slides as &amp;Images…</source>
        <translation>Folien als &amp;Bilder exportieren…</translation>
    </message>
    <message>
        <source>Add &amp;Catalog File…</source>
        <translation>&amp;Katalogdatei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import Measured Runs…</source>
        <translation>Gemessene Läufe &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>&amp;Present a Lesson</source>
        <translation>Lektion &amp;vorführen</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation>Lektions&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;About ML Impact Explorer</source>
        <translation>&amp;Über ML Impact Explorer</translation>
    </message>
    <message>
        <source>&amp;Scenario Panel</source>
        <translation>&amp;Szenario-Leiste</translation>
    </message>
    <message>
        <source>&amp;Focus Chart</source>
        <translation>Diagramm &amp;fokussieren</translation>
    </message>
    <message>
        <source>&amp;Presentation Theme</source>
        <translation>&amp;Präsentationsdesign</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Uncertainty Bands</source>
        <translation>&amp;Unsicherheitsbänder</translation>
    </message>
    <message>
        <source>90% intervals from a Monte Carlo over every input&apos;s plausible range</source>
        <translation>90-%-Intervalle aus einer Monte-Carlo-Simulation über den plausiblen Bereich jeder Eingabe</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>%1[*] — ML Impact Explorer</source>
        <translation>%1[*] — ML Impact Explorer</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current scenario is unchanged.</source>
        <translation>%1 konnte nicht geöffnet werden. Das aktuelle Szenario bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The scenario was not saved: %1</source>
        <translation>Das Szenario wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenario files (*.mlimpact.json *.json)</source>
        <translation>Szenariodateien (*.mlimpact.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Nothing to revert to: this scenario has not been saved to a file</source>
        <translation>Nichts zum Zurücksetzen: dieses Szenario wurde noch nicht in eine Datei gespeichert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>Ihre Änderungen verwerfen und %1 neu laden?</translation>
    </message>
    <message>
        <source>Add catalog file</source>
        <translation>Katalogdatei hinzufügen</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>Katalogdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot add catalog</source>
        <translation>Katalog kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added catalog %1</source>
        <translation>Katalog %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>ML Impact Explorer did not close normally. Restore the unsaved scenario “%1”?</source>
        <translation>ML Impact Explorer wurde nicht normal beendet. Das ungespeicherte Szenario „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Unsaved work cannot be restored</source>
        <translation>Ungespeicherte Arbeit kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>ML Impact Explorer did not close normally, but its unsaved scenario cannot be restored:
%1</source>
        <translation>ML Impact Explorer wurde nicht normal beendet, aber sein ungespeichertes Szenario kann nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>The recovery file is kept at %1.</source>
        <translation>Die Wiederherstellungsdatei bleibt unter %1 erhalten.</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Für später behalten</translation>
    </message>
    <message>
        <source>Discard It</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Foliensatz exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 slides)</source>
        <translation>%1 geschrieben (%2 Folien)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export Images…</source>
        <translation>Bilder exportieren…</translation>
    </message>
    <message>
        <source>Export slides into folder</source>
        <translation>Folien in Ordner exportieren</translation>
    </message>
    <message>
        <source>Slide format</source>
        <translation>Folienformat</translation>
    </message>
    <message>
        <source>Write SVG (vector) slides? No writes PNG.</source>
        <translation>Folien als SVG (Vektor) schreiben? Nein schreibt PNG.</translation>
    </message>
    <message>
        <source>Wrote %1 slides to %2</source>
        <translation>%1 Folien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Import &amp;Hourly Intensity…</source>
        <translation>&amp;Stündliche Intensität importieren…</translation>
    </message>
    <message>
        <source>&amp;Resource Tiles (ADPe, Primary Energy)</source>
        <translation>&amp;Ressourcen-Kacheln (ADPe, Primärenergie)</translation>
    </message>
    <message>
        <source>Two more tiles: resource depletion (minerals and metals mined) and primary energy</source>
        <translation>Zwei weitere Kacheln: Ressourcenverbrauch (abgebaute Mineralien und Metalle) und Primärenergie</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::MissingDataBadge</name>
    <message>
        <source>⚠ 1 value missing</source>
        <translation>⚠ 1 Wert fehlt</translation>
    </message>
    <message>
        <source>⚠ %1 values missing</source>
        <translation>⚠ %1 Werte fehlen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpublished in the catalog, counted as 0 here:&lt;/b&gt;&lt;ul&gt;</source>
        <translation>&lt;b&gt;Im Katalog unveröffentlicht, hier als 0 gezählt:&lt;/b&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;A user catalog (or the scenario&apos;s override, where the form has one) can supply them.</source>
        <translation>&lt;/ul&gt;Ein eigener Katalog (oder die Übersteuerung im Szenario, wo das Formular eine hat) kann sie liefern.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::NumberSpinBox</name>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <source>expected a whole number %1–%2%3</source>
        <translation>erwartet eine ganze Zahl %1–%2%3</translation>
    </message>
    <message>
        <source>out of range; valid: %1</source>
        <translation>außerhalb des Bereichs; gültig: %1</translation>
    </message>
    <message>
        <source>An empty box was not taken; kept %1.</source>
        <translation>Ein leeres Feld wurde nicht übernommen; %1 beibehalten.</translation>
    </message>
    <message>
        <source>“%1” was not taken: %2. Kept %3.</source>
        <translation>„%1“ wurde nicht übernommen: %2. %3 beibehalten.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ParameterEditor</name>
    <message>
        <source>Reset to Baseline</source>
        <translation>Auf Basis zurücksetzen</translation>
    </message>
    <message>
        <source>The selected variant sets this parameter; follow the baseline&apos;s value again</source>
        <translation>Die gewählte Variante setzt diesen Parameter; wieder dem Wert der Basis folgen</translation>
    </message>
    <message>
        <source>&lt;br&gt;Valid: %1 to %2</source>
        <translation>&lt;br&gt;Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>; plausible: %1 to %2</source>
        <translation>; plausibel: %1 bis %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Source:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Quelle:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>setzen</translation>
    </message>
    <message>
        <source>Override the catalog value</source>
        <translation>Katalogwert übersteuern</translation>
    </message>
    <message>
        <source>%1 W, %2 TFLOP/s</source>
        <translation>%1 W, %2 TFLOP/s</translation>
    </message>
    <message>
        <source>%1, %2 embodied</source>
        <translation>%1, %2 Herstellung</translation>
    </message>
    <message>
        <source>power unknown</source>
        <translation>Leistung unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 gCO₂e/kWh</source>
        <translation>%1 gCO₂e/kWh</translation>
    </message>
    <message>
        <source>PUE %1, WUE %2 L/kWh</source>
        <translation>PUE %1, WUE %2 L/kWh</translation>
    </message>
    <message>
        <source>Not taken: %1. Kept %2.</source>
        <translation>Nicht übernommen: %1. %2 beibehalten.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Overrides the catalog value</source>
        <translation>Übersteuert den Katalogwert</translation>
    </message>
    <message>
        <source>Using the catalog value %1%2; tick to override</source>
        <translation>Verwendet den Katalogwert %1%2; zum Übersteuern anhaken</translation>
    </message>
    <message>
        <source>The catalog has no value; tick to set one</source>
        <translation>Der Katalog hat keinen Wert; zum Setzen anhaken</translation>
    </message>
    <message>
        <source>None (in the accelerator figure)</source>
        <translation>Keiner (im Wert des Beschleunigers)</translation>
    </message>
    <message>
        <source>No host server: the accelerator&apos;s embodied carbon and mass include a share of a generic server (see its sources).</source>
        <translation>Kein Host-Server: grauer CO₂e und Masse des Beschleunigers enthalten den Anteil eines generischen Servers (siehe seine Quellen).</translation>
    </message>
    <message>
        <source>%1 per %2 accelerators, %3 years</source>
        <translation>%1 je %2 Beschleuniger, %3 Jahre</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ReboundChart</name>
    <message>
        <source>backfire: more energy than before</source>
        <translation>Backfire: mehr Energie als vorher</translation>
    </message>
    <message>
        <source>Expected (engineering) saving</source>
        <translation>Erwartete (technische) Einsparung</translation>
    </message>
    <message>
        <source>Realized saving after rebound</source>
        <translation>Realisierte Einsparung nach Rebound</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Dieses Szenario</translation>
    </message>
    <message>
        <source>Demand elasticity</source>
        <translation>Nachfrageelastizität</translation>
    </message>
    <message>
        <source>Deployment energy saved (%)</source>
        <translation>Eingesparte Betriebsenergie (%)</translation>
    </message>
    <message>
        <source>%1% of deployment energy saved</source>
        <translation>%1% der Betriebsenergie eingespart</translation>
    </message>
    <message>
        <source>%1% more deployment energy</source>
        <translation>%1% mehr Betriebsenergie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;demand elasticity %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nachfrageelastizität %2: %3</translation>
    </message>
    <message>
        <source>Demand × r^−e, energy × r^(1−e) for cost factor r (docs/model.md §11). Meta cut power 20% every 6 months yet saw 28.5% net over 2 years (Wu et al. 2022): elasticity ≈ 0.62.</source>
        <translation>Nachfrage × r^−e, Energie × r^(1−e) für Kostenfaktor r (docs/model.md §11). Meta senkte die Leistung alle 6 Monate um 20%, sah aber netto 28,5% über 2 Jahre (Wu et al. 2022): Elastizität ≈ 0,62.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::RecoveryStore</name>
    <message>
        <source>no document to recover</source>
        <translation>kein Dokument zum Wiederherstellen</translation>
    </message>
    <message>
        <source>the unsaved scenario uses this catalog file, which cannot be read now</source>
        <translation>das ungespeicherte Szenario verwendet diese Katalogdatei, die jetzt nicht lesbar ist</translation>
    </message>
    <message>
        <source>the unsaved scenario uses this catalog file, which now has errors</source>
        <translation>das ungespeicherte Szenario verwendet diese Katalogdatei, die jetzt Fehler enthält</translation>
    </message>
    <message>
        <source>the unsaved scenario does not load</source>
        <translation>das ungespeicherte Szenario lässt sich nicht laden</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ScenarioDocument</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Reset %1 to Baseline</source>
        <translation>%1 auf Basis zurücksetzen</translation>
    </message>
    <message>
        <source>a document holds at most %1 variants</source>
        <translation>ein Dokument enthält höchstens %1 Varianten</translation>
    </message>
    <message>
        <source>New Variant %1</source>
        <translation>Neue Variante %1</translation>
    </message>
    <message>
        <source>Duplicate Variant as %1</source>
        <translation>Variante als %1 duplizieren</translation>
    </message>
    <message>
        <source>the baseline cannot be renamed</source>
        <translation>die Basis kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Rename Variant to %1</source>
        <translation>Variante in %1 umbenennen</translation>
    </message>
    <message>
        <source>Delete Variant %1</source>
        <translation>Variante %1 löschen</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::ScenarioPanel</name>
    <message>
        <source>Measured values and overrides</source>
        <translation>Messwerte und Übersteuerungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardware refresh&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hardware-Erneuerung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation>Modellarchitektur</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::SystemMapChart</name>
    <message>
        <source>Highlight a loop: two paths from one cause to one effect</source>
        <translation>Eine Schleife hervorheben: zwei Pfade von einer Ursache zu einer Wirkung</translation>
    </message>
    <message>
        <source>Loop:</source>
        <translation>Schleife:</translation>
    </message>
    <message>
        <source>Edge width: local elasticity ∂ln y/∂ln x (central differences of the model); dashed: negative polarity. Hover an edge for its formula, click a quantity to edit it (docs/model.md §16).</source>
        <translation>Kantenbreite: lokale Elastizität ∂ln y/∂ln x (zentrale Differenzen des Modells); gestrichelt: negative Polarität. Maus über eine Kante zeigt ihre Formel, Klick auf eine Größe bearbeitet sie (docs/model.md §16).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Values: the scenario shown; colour and ▲/▼: the change from the baseline to “%1”</source>
        <translation>Werte: das gezeigte Szenario; Farbe und ▲/▼: die Änderung von der Basis zu „%1“</translation>
    </message>
    <message>
        <source>%1 (%2): direct path %3, through the loop %4, net %5</source>
        <translation>%1 (%2): direkter Pfad %3, über die Schleife %4, netto %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; (%3)&lt;br&gt;%4&lt;br&gt;Source: %5&lt;br&gt;Elasticity ∂ln y/∂ln x: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt; (%3)&lt;br&gt;%4&lt;br&gt;Quelle: %5&lt;br&gt;Elastizität ∂ln y/∂ln x: &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;How: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Wie: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 from the baseline to “%2”</source>
        <translation>&lt;br&gt;%1 von der Basis zu „%2“</translation>
    </message>
    <message>
        <source>&lt;br&gt;Click to edit &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>&lt;br&gt;Klicken, um &lt;tt&gt;%1&lt;/tt&gt; zu bearbeiten</translation>
    </message>
    <message>
        <source>Efficiency techniques</source>
        <translation>Effizienztechniken</translation>
    </message>
    <message>
        <source>Compute per query</source>
        <translation>Rechenaufwand je Anfrage</translation>
    </message>
    <message>
        <source>Device time per query</source>
        <translation>Gerätezeit je Anfrage</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Leistung je Gerät</translation>
    </message>
    <message>
        <source>Energy per query</source>
        <translation>Energie je Anfrage</translation>
    </message>
    <message>
        <source>Cost per query</source>
        <translation>Kosten je Anfrage</translation>
    </message>
    <message>
        <source>Queries served</source>
        <translation>Beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Deployment energy</source>
        <translation>Betriebsenergie</translation>
    </message>
    <message>
        <source>Serving fleet</source>
        <translation>Inferenz-Flotte</translation>
    </message>
    <message>
        <source>Hardware lifetime</source>
        <translation>Hardware-Lebensdauer</translation>
    </message>
    <message>
        <source>Grid (serving)</source>
        <translation>Netz (Inferenz)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Trainingslauf</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Entwicklungsläufe</translation>
    </message>
    <message>
        <source>Architecture search</source>
        <translation>Architektursuche</translation>
    </message>
    <message>
        <source>Energy before launch</source>
        <translation>Energie vor dem Start</translation>
    </message>
    <message>
        <source>Grid × schedule (training)</source>
        <translation>Netz × Zeitplan (Training)</translation>
    </message>
    <message>
        <source>Edge fleet</source>
        <translation>Edge-Flotte</translation>
    </message>
    <message>
        <source>Operational carbon</source>
        <translation>Betriebs-CO₂e</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Grauer CO₂e</translation>
    </message>
    <message>
        <source>Total carbon</source>
        <translation>CO₂e gesamt</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>E-waste</source>
        <translation>Elektroschrott</translation>
    </message>
    <message>
        <source>reinforcing</source>
        <translation>verstärkend</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>ausgleichend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::TimePlaceChart</name>
    <message>
        <source>Grid intensity</source>
        <translation>Netzintensität</translation>
    </message>
    <message>
        <source>gCO₂e/kWh</source>
        <translation>gCO₂e/kWh</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Sofort starten</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Hours after the job can start</source>
        <translation>Stunden ab frühestem Start des Jobs</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Andere Regionen</translation>
    </message>
    <message>
        <source>This scenario&apos;s region</source>
        <translation>Region dieses Szenarios</translation>
    </message>
    <message>
        <source>Training (t CO₂e)</source>
        <translation>Training (t CO₂e)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grid intensity&lt;/b&gt;&lt;br&gt;%1 after the job can start: %2 gCO₂e/kWh</source>
        <translation>&lt;b&gt;Netzintensität&lt;/b&gt;&lt;br&gt;%1 nach frühestem Start: %2 gCO₂e/kWh</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;grid intensity %2 gCO₂e/kWh&lt;br&gt;training there: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Netzintensität %2 gCO₂e/kWh&lt;br&gt;Training dort: %3</translation>
    </message>
    <message>
        <source>Hour-of-day profile: CAISO 2018 (Daily Renewables Watch). Lanes: the hours the job runs if started now and with the %1 schedule (shaded above; not drawn for windows over 30 days). </source>
        <translation>Tagesprofil: CAISO 2018 (Daily Renewables Watch). Bahnen: die Stunden, in denen der Job bei Sofortstart und mit dem Zeitplan „%1“ läuft (oben schattiert; bei Fenstern über 30 Tagen nicht gezeichnet). </translation>
    </message>
    <message>
        <source>Right: the same training in other regions (annual averages, Green Algorithms v3.0).</source>
        <translation>Rechts: dasselbe Training in anderen Regionen (Jahresmittel, Green Algorithms v3.0).</translation>
    </message>
    <message>
        <source> window ends</source>
        <translation> Fenster endet</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nicht gezeichnet</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Training (kg CO₂e)</source>
        <translation>Training (kg CO₂e)</translation>
    </message>
    <message>
        <source>Hourly intensity: the region&apos;s %1 series of %2 (imported), the actual hours from day %3, %4:00 UTC. Lanes: the hours the job runs if started now and with the %5 schedule (shaded above; not drawn for windows over 30 days). </source>
        <translation>Stündliche Intensität: die %1-Reihe der Region aus %2 (importiert), die tatsächlichen Stunden ab Tag %3, %4:00 UTC. Bahnen: die Stunden, in denen der Job läuft, wenn er jetzt startet und mit dem Zeitplan „%5“ (oben schattiert; bei Fenstern über 30 Tagen nicht gezeichnet). </translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::TimelineChart</name>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>E-waste</source>
        <translation>Elektroschrott</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>90% interval (Monte Carlo)</source>
        <translation>90-%-Intervall (Monte Carlo)</translation>
    </message>
    <message>
        <source>Years in service</source>
        <translation>Jahre im Betrieb</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, end of month %2 (%3 years in service)&lt;br&gt;%4 %5 so far; all phases %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Ende von Monat %2 (%3 Jahre im Betrieb)&lt;br&gt;%4 %5 bisher; alle Phasen %6</translation>
    </message>
    <message>
        <source>Monthly simulation: development, search and training at launch; retraining at its cadence; queries with yearly growth; edge cohorts bought and retired; grid decarbonization and hardware refresh as set under Time &amp; place and Hardware &amp; place.</source>
        <translation>Monatliche Simulation: Entwicklung, Suche und Training zum Start; Nachtraining in seinem Takt; Anfragen mit jährlichem Wachstum; Edge-Kohorten gekauft und ausgemustert; Dekarbonisierung des Netzes und Hardware-Erneuerung wie unter Zeit &amp; Ort und Hardware &amp; Ort eingestellt.</translation>
    </message>
    <message>
        <source>Cumulative %1 (%2, log scale)</source>
        <translation>Kumuliert: %1 (%2, log. Skala)</translation>
    </message>
    <message>
        <source>Cumulative %1 (%2)</source>
        <translation>Kumuliert: %1 (%2)</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>case of a criterion name inside a sentence: lower or keep</comment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::TornadoChart</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Input at the low end</source>
        <translation>Eingabe am unteren Ende</translation>
    </message>
    <message>
        <source>Input at the high end</source>
        <translation>Eingabe am oberen Ende</translation>
    </message>
    <message>
        <source>Total, × the point estimate (log scale)</source>
        <translation>Summe, × Punktschätzung (log. Skala)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3: ×%4 the total</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3: ×%4 der Summe</translation>
    </message>
    <message>
        <source>One input at a time, the others at the scenario&apos;s values; ranges from the parameter registry (docs/model.md §15). Interactions: `sensitivity --method sobol`.</source>
        <translation>Jeweils eine Eingabe, die übrigen auf den Werten des Szenarios; Bereiche aus dem Parameterregister (docs/model.md §15). Wechselwirkungen: `sensitivity --method sobol`.</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::TriadChart</name>
    <message>
        <source>--triad %1</source>
        <translation>--triad %1</translation>
    </message>
    <message>
        <source>This scenario&apos;s serving hardware</source>
        <translation>Szenario-Hardware</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>Technik:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>Latency of a response</source>
        <translation>Latenz einer Antwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;at %2: ×%3 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;bei %2: ×%3 %4</translation>
    </message>
    <message>
        <source>Life-cycle energy and carbon per query (development, NAS, training, serving) at fixed demand, the technique alone (no other pruning or distillation), at the scenario&apos;s serving precision; realization of each technique per hardware class from the catalog (Gale et al. 2020; Mishra et al. 2021).</source>
        <translation>Energie und CO₂e über den Lebenszyklus je Anfrage (Entwicklung, NAS, Training, Inferenz) bei fester Nachfrage, die Technik allein (kein weiteres Pruning oder Distillation), in der Inferenz-Präzision des Szenarios; Umsetzung jeder Technik je Hardwareklasse aus dem Katalog (Gale et al. 2020; Mishra et al. 2021).</translation>
    </message>
    <message>
        <source>--triad TECHNIQUE@%1</source>
        <translation>--triad TECHNIQUE@%1</translation>
    </message>
    <message>
        <source>Compute (FLOP %1)</source>
        <translation>Rechenaufwand (FLOP %1)</translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation>Energie %1</translation>
    </message>
    <message>
        <source>Carbon %1</source>
        <translation>CO₂e %1</translation>
    </message>
    <message>
        <source>%1 (×1)</source>
        <translation>%1 (×1)</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>does not use it</source>
        <translation>nutzt sie nicht</translation>
    </message>
    <message>
        <source>This scenario (%1)</source>
        <translation>Dieses Szenario (%1)</translation>
    </message>
    <message>
        <source>this scenario: %1</source>
        <translation>dieses Szenario: %1</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::UncertaintyBands</name>
    <message>
        <source>Bands %p%</source>
        <translation>Bänder %p %</translation>
    </message>
    <message>
        <source>Monte Carlo of the uncertainty bands (1,000 samples) running</source>
        <translation>Monte-Carlo-Simulation der Unsicherheitsbänder (1.000 Stichproben) läuft</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::VariantBar</name>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The scenario shown and edited: the baseline, or a variant of it (its changes in bold)</source>
        <translation>Das gezeigte und bearbeitete Szenario: die Basis oder eine Variante davon (ihre Änderungen fett)</translation>
    </message>
    <message>
        <source>&amp;New Variant…</source>
        <translation>&amp;Neue Variante…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Variant</source>
        <translation>Variante &amp;löschen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>New, duplicate, rename or delete variants (each can be undone)</source>
        <translation>Varianten anlegen, duplizieren, umbenennen oder löschen (alles rückgängig zu machen)</translation>
    </message>
    <message>
        <source>No variants: edits change the scenario. Variants ▸ New Variant compares another.</source>
        <translation>Keine Varianten: Änderungen ändern das Szenario. Varianten ▸ Neue Variante vergleicht ein weiteres.</translation>
    </message>
    <message>
        <source>%1 variants. Edits change the baseline and every variant that does not set the parameter.</source>
        <translation>%1 Varianten. Änderungen ändern die Basis und jede Variante, die den Parameter nicht setzt.</translation>
    </message>
    <message>
        <source>Edits change this variant only. Its own values are in bold; ↺ follows the baseline again.</source>
        <translation>Änderungen ändern nur diese Variante. Ihre eigenen Werte sind fett; ↺ folgt wieder der Basis.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Name of the new variant</source>
        <translation>Name der neuen Variante</translation>
    </message>
</context>
<context>
    <name>mlimpact::ui::WhatChangedChart</name>
    <message>
        <source>Values with their units as the scenario file sets them; “catalog (…)” is the catalog&apos;s figure, which the variant does not override. Every other parameter is the baseline&apos;s.</source>
        <translation>Werte mit ihren Einheiten, wie die Szenariodatei sie setzt; „Katalog (…)“ ist der Wert des Katalogs, den die Variante nicht übersteuert. Jeder andere Parameter ist der der Basis.</translation>
    </message>
    <message>
        <source>Nothing differs from the baseline</source>
        <translation>Nichts unterscheidet sich von der Basis</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>“m” would mean milli (a thousandth); for million write M</source>
        <translation>„m“ hieße Milli (ein Tausendstel); für Million schreiben Sie M</translation>
    </message>
    <message>
        <source>unknown suffix “%1”: use k, M, G or T (thousand, million, billion, trillion) or an exponent such as 3e7</source>
        <translation>unbekanntes Suffix „%1“: verwenden Sie k, M, G oder T (Tausend, Million, Milliarde, Billion) oder einen Exponenten wie 3e7</translation>
    </message>
    <message>
        <source>a suffix needs a number before it, as in 30M</source>
        <translation>vor einem Suffix muss eine Zahl stehen, wie in 30M</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>keine Ziffern</translation>
    </message>
    <message>
        <source>an exponent needs digits, as in 3e7</source>
        <translation>ein Exponent braucht Ziffern, wie in 3e7</translation>
    </message>
    <message>
        <source>“%1” groups thousands here (as in 1%1500%1000); the decimal separator is “%2”</source>
        <translation>„%1“ trennt hier Tausender (wie in 1%1500%1000); das Dezimaltrennzeichen ist „%2“</translation>
    </message>
    <message>
        <source>two decimal separators</source>
        <translation>zwei Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>“%1” is not a separator here: the decimal separator is “%2”, and thousands are not grouped</source>
        <translation>„%1“ ist hier kein Trennzeichen: Das Dezimaltrennzeichen ist „%2“, und Tausender werden nicht gruppiert</translation>
    </message>
    <message>
        <source>“%1” is not a separator here: the decimal separator is “%2”</source>
        <translation>„%1“ ist hier kein Trennzeichen: Das Dezimaltrennzeichen ist „%2“</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>too large: the largest number is about 1.8e308</source>
        <translation>zu groß: Die größte Zahl ist etwa 1,8e308</translation>
    </message>
    <message>
        <source>too small: the smallest number above zero is about 5e-324</source>
        <translation>zu klein: Die kleinste Zahl über null ist etwa 5e-324</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>empty: type a number</source>
        <translation>leer: Geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: “%2” groups thousands here but is a decimal mark elsewhere; write %3%4, or %3%5%4 for the decimal</source>
        <translation>„%1“ ist mehrdeutig: „%2“ trennt hier Tausender, anderswo aber Dezimalstellen; schreiben Sie %3%4 oder, für die Dezimalzahl, %3%5%4</translation>
    </message>
    <message>
        <source>write either an exponent (3e7) or a suffix (30M), not both</source>
        <translation>schreiben Sie entweder einen Exponenten (3e7) oder ein Suffix (30M), nicht beides</translation>
    </message>
</context>
<context>
    <name>payback</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source> (demand elasticity %1)</source>
        <translation> (Nachfrageelastizität %1)</translation>
    </message>
    <message>
        <source> (fixed demand)</source>
        <translation> (feste Nachfrage)</translation>
    </message>
    <message>
        <source>serving with it emits %1 more than without it%2</source>
        <translation>der Betrieb emittiert damit %1 mehr als ohne%2</translation>
    </message>
    <message>
        <source>it saves nothing after launch</source>
        <translation>nach dem Start wird nichts mehr eingespart</translation>
    </message>
    <message>
        <source>%1 does not pay back over the %2-year service: its one-time saving covers the cost at first, but %3, leaving it %4 short.</source>
        <translation>%1 amortisiert sich über die %2-jährige Betriebszeit nicht: Die einmalige Einsparung deckt die Kosten zunächst, aber %3, sodass %4 fehlen.</translation>
    </message>
    <message>
        <source>%1 never pays back: it costs %2, and %3.</source>
        <translation>%1 amortisiert sich nie: Die Kosten betragen %2, und %3.</translation>
    </message>
    <message>
        <source>end of service (%1)</source>
        <translation>Ende der Betriebszeit (%1)</translation>
    </message>
    <message>
        <source>%1 pays back at once: its one-time saving (%2) covers its %3 cost; %4:1 over the %5-year service%6.</source>
        <translation>%1 amortisiert sich sofort: Die einmalige Einsparung (%2) deckt die Kosten von %3; %4:1 über die %5-jährige Betriebszeit%6.</translation>
    </message>
    <message>
        <source>pays back at once</source>
        <translation>amortisiert sich sofort</translation>
    </message>
    <message>
        <source>%1 pays back after %2 of deployment, within the %3-year service; %4:1 by its end%5.</source>
        <translation>%1 amortisiert sich innerhalb der %3-jährigen Betriebszeit (Break-even: %2 Betrieb); %4:1 bis zu deren Ende%5.</translation>
    </message>
    <message>
        <source>pays back after %1</source>
        <translation>Break-even: %1</translation>
    </message>
    <message>
        <source>%1 does not pay back within the %2-year service: it ends %3 short of its %4 cost and would need %5%6.</source>
        <translation>%1 amortisiert sich nicht innerhalb der %2-jährigen Betriebszeit: Am Ende fehlen %3 zu den Kosten von %4, nötig wären %5%6.</translation>
    </message>
    <message>
        <source>would pay back after %1</source>
        <translation>Break-even erst nach Betriebsende: %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 fehlen</translation>
    </message>
</context>
<context>
    <name>systems</name>
    <message>
        <source>Efficiency techniques</source>
        <translation>Effizienztechniken</translation>
    </message>
    <message>
        <source>Compute per query</source>
        <translation>Rechenaufwand je Anfrage</translation>
    </message>
    <message>
        <source>Device time per query</source>
        <translation>Gerätezeit je Anfrage</translation>
    </message>
    <message>
        <source>Utilization (MFU)</source>
        <translation>Auslastung (MFU)</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Leistung je Gerät</translation>
    </message>
    <message>
        <source>Energy per query</source>
        <translation>Energie je Anfrage</translation>
    </message>
    <message>
        <source>Cost per query (vs dense FP16)</source>
        <translation>Kosten je Anfrage (ggü. dichtem FP16)</translation>
    </message>
    <message>
        <source>Queries served</source>
        <translation>Beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Deployment energy</source>
        <translation>Betriebsenergie</translation>
    </message>
    <message>
        <source>Serving fleet</source>
        <translation>Inferenz-Flotte</translation>
    </message>
    <message>
        <source>Hardware lifetime</source>
        <translation>Hardware-Lebensdauer</translation>
    </message>
    <message>
        <source>Grid intensity (serving)</source>
        <translation>Netzintensität (Inferenz)</translation>
    </message>
    <message>
        <source>Final training run</source>
        <translation>Finaler Trainingslauf</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Entwicklungsläufe</translation>
    </message>
    <message>
        <source>Architecture search</source>
        <translation>Architektursuche</translation>
    </message>
    <message>
        <source>Energy before launch</source>
        <translation>Energie vor dem Start</translation>
    </message>
    <message>
        <source>Grid × schedule (training)</source>
        <translation>Netz × Zeitplan (Training)</translation>
    </message>
    <message>
        <source>Edge fleet</source>
        <translation>Edge-Flotte</translation>
    </message>
    <message>
        <source>Operational carbon</source>
        <translation>Betriebs-CO₂e</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Grauer CO₂e</translation>
    </message>
    <message>
        <source>Total carbon</source>
        <translation>CO₂e gesamt</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>E-waste</source>
        <translation>Elektroschrott</translation>
    </message>
    <message>
        <source>%1 device-s</source>
        <translation>%1 Geräte-s</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>FLOP_q = 2 × N_a × tokens × c (c: compute kept by the techniques)</source>
        <translation>FLOP_q = 2 × N_a × Token × c (c: von den Techniken behaltener Rechenaufwand)</translation>
    </message>
    <message>
        <source>varies the share of compute the served model keeps (the NAS keep factor)</source>
        <translation>variiert den Anteil des Rechenaufwands, den das betriebene Modell behält (den NAS-Erhaltungsfaktor)</translation>
    </message>
    <message>
        <source>t_q = FLOP_q / (peak × MFU); roofline: T_prefill + G × T_step(B) / B</source>
        <translation>t_q = FLOP_q / (Spitze × MFU); Roofline: T_prefill + G × T_step(B) / B</translation>
    </message>
    <message>
        <source>varies the served model&apos;s size (active parameters; roofline: total too)</source>
        <translation>variiert die Größe des betriebenen Modells (aktive Parameter; Roofline: auch die gesamten)</translation>
    </message>
    <message>
        <source>t_q = FLOP_q / (peak × MFU)</source>
        <translation>t_q = FLOP_q / (Spitze × MFU)</translation>
    </message>
    <message>
        <source>varies deployment.mfu</source>
        <translation>variiert deployment.mfu</translation>
    </message>
    <message>
        <source>E_q = t_q × P_busy × (1 + (provisioning − 1) × idle) × PUE; roofline: R k P(u) Y / Q</source>
        <translation>E_q = t_q × P_busy × (1 + (Bereitstellung − 1) × Leerlauf) × PUE; Roofline: R k P(u) Y / Q</translation>
    </message>
    <message>
        <source>varies device time per unit of compute (the realization); roofline: the achieved bandwidth and FLOP/s</source>
        <translation>variiert die Gerätezeit je Einheit Rechenaufwand (die Umsetzung); Roofline: die erreichte Bandbreite und FLOP/s</translation>
    </message>
    <message>
        <source>E_q = t_q × P × (1 + (provisioning − 1) × idle) × PUE</source>
        <translation>E_q = t_q × P × (1 + (Bereitstellung − 1) × Leerlauf) × PUE</translation>
    </message>
    <message>
        <source>varies the serving device&apos;s measured power (deployment.site.avg_power_w)</source>
        <translation>variiert die gemessene Leistung des Inferenz-Geräts (deployment.site.avg_power_w)</translation>
    </message>
    <message>
        <source>r = E_q(as served) / E_q(dense FP16)</source>
        <translation>r = E_q(wie betrieben) / E_q(dicht, FP16)</translation>
    </message>
    <message>
        <source>varies the share of compute the served model keeps, queries held</source>
        <translation>variiert den Anteil des Rechenaufwands, den das betriebene Modell behält, bei festen Anfragen</translation>
    </message>
    <message>
        <source>varies the share of compute the served model keeps; demand answers its cost</source>
        <translation>variiert den Anteil des Rechenaufwands, den das betriebene Modell behält; die Nachfrage reagiert auf seine Kosten</translation>
    </message>
    <message>
        <source>varies device time per unit of compute, queries held</source>
        <translation>variiert die Gerätezeit je Einheit Rechenaufwand, bei festen Anfragen</translation>
    </message>
    <message>
        <source>varies deployment.queries_per_day</source>
        <translation>variiert deployment.queries_per_day</translation>
    </message>
    <message>
        <source>devices = Q × t_q × provisioning / (Y × 8760 h)</source>
        <translation>Geräte = Q × t_q × Bereitstellung / (Y × 8760 h)</translation>
    </message>
    <message>
        <source>embodied = device-hours / (lifetime × 8760 × use) × embodied per device</source>
        <translation>grau = Gerätestunden / (Lebensdauer × 8760 × Nutzung) × grauer CO₂e je Gerät</translation>
    </message>
    <message>
        <source>varies deployment.provisioning_factor, queries held</source>
        <translation>variiert deployment.provisioning_factor, bei festen Anfragen</translation>
    </message>
    <message>
        <source>varies the serving device&apos;s lifetime</source>
        <translation>variiert die Lebensdauer des Inferenz-Geräts</translation>
    </message>
    <message>
        <source>e-waste = device-hours / (lifetime × 8760 × use) × mass</source>
        <translation>Elektroschrott = Gerätestunden / (Lebensdauer × 8760 × Nutzung) × Masse</translation>
    </message>
    <message>
        <source>CO₂e = E × intensity</source>
        <translation>CO₂e = E × Intensität</translation>
    </message>
    <message>
        <source>varies the serving device&apos;s measured power</source>
        <translation>variiert die gemessene Leistung des Inferenz-Geräts</translation>
    </message>
    <message>
        <source>varies the serving grid&apos;s intensity</source>
        <translation>variiert die Intensität des Inferenz-Netzes</translation>
    </message>
    <message>
        <source>CO₂e = E × intensity × schedule factor</source>
        <translation>CO₂e = E × Intensität × Zeitplanfaktor</translation>
    </message>
    <message>
        <source>varies the training grid&apos;s intensity</source>
        <translation>variiert die Intensität des Trainingsnetzes</translation>
    </message>
    <message>
        <source>experiments × r_train^(−e_dev)</source>
        <translation>Experimente × r_train^(−e_dev)</translation>
    </message>
    <message>
        <source>varies the share of training compute kept (the NAS training saving)</source>
        <translation>variiert den verbleibenden Anteil des Trainingsrechenaufwands (die NAS-Trainingseinsparung)</translation>
    </message>
    <message>
        <source>E = E_run × (training runs + development runs)</source>
        <translation>E = E_run × (Trainingsläufe + Entwicklungsläufe)</translation>
    </message>
    <message>
        <source>varies the share of training compute kept, experiments held</source>
        <translation>variiert den verbleibenden Anteil des Trainingsrechenaufwands, bei festen Experimenten</translation>
    </message>
    <message>
        <source>E_dev = experiments × fraction × E_run</source>
        <translation>E_dev = Experimente × Anteil × E_run</translation>
    </message>
    <message>
        <source>varies development.experiments</source>
        <translation>variiert development.experiments</translation>
    </message>
    <message>
        <source>FLOP_NAS = multiple × FLOP_run</source>
        <translation>FLOP_NAS = Vielfaches × FLOP_run</translation>
    </message>
    <message>
        <source>varies nas.training_multiple</source>
        <translation>variiert nas.training_multiple</translation>
    </message>
    <message>
        <source>varies the training device&apos;s measured power</source>
        <translation>variiert die gemessene Leistung des Trainingsgeräts</translation>
    </message>
    <message>
        <source>CO₂e = devices × Y × 365 × E_day × intensity</source>
        <translation>CO₂e = Geräte × Y × 365 × E_day × Intensität</translation>
    </message>
    <message>
        <source>varies edge.devices</source>
        <translation>variiert edge.devices</translation>
    </message>
    <message>
        <source>embodied = devices × cohorts × embodied × ML share</source>
        <translation>grau = Geräte × Kohorten × grauer CO₂e × ML-Anteil</translation>
    </message>
    <message>
        <source>W = E × EWIF + units × water × ML share</source>
        <translation>W = E × EWIF + Einheiten × Wasser × ML-Anteil</translation>
    </message>
    <message>
        <source>e-waste = units × mass × ML share</source>
        <translation>Elektroschrott = Einheiten × Masse × ML-Anteil</translation>
    </message>
    <message>
        <source>carbon = operational + embodied</source>
        <translation>CO₂e = Betriebs-CO₂e + grauer CO₂e</translation>
    </message>
    <message>
        <source>varies every grid&apos;s intensity by the same factor</source>
        <translation>variiert die Intensität jedes Netzes um denselben Faktor</translation>
    </message>
    <message>
        <source>varies every device&apos;s embodied carbon and the end-of-life factor by the same factor</source>
        <translation>variiert den grauen CO₂e jedes Geräts und den Faktor am Lebensende um denselben Faktor</translation>
    </message>
    <message>
        <source>Rebound: cheaper queries invite more of them</source>
        <translation>Rebound-Effekt: günstigere Anfragen locken mehr an</translation>
    </message>
    <message>
        <source>Faster training invites more experiments</source>
        <translation>Schnelleres Training lockt mehr Experimente an</translation>
    </message>
    <message>
        <source>More use costs energy and hardware</source>
        <translation>Mehr Nutzung kostet Energie und Hardware</translation>
    </message>
    <message>
        <source>Slower queries cost energy and hardware</source>
        <translation>Langsamere Anfragen kosten Energie und Hardware</translation>
    </message>
    <message>
        <source>More edge devices cost energy and manufacture</source>
        <translation>Mehr Edge-Geräte kosten Energie und Herstellung</translation>
    </message>
    <message>
        <source>varying its input does not move the cause here, even by ±10%</source>
        <translation>selbst eine Änderung ihrer Eingabe um ±10% bewegt die Ursache hier nicht</translation>
    </message>
    <message>
        <source>%1; the model steps here (whole replicas): arc elasticity over ±10%</source>
        <translation>%1; das Modell springt hier (ganze Replikate): Bogenelastizität über ±10%</translation>
    </message>
    <message>
        <source>not in this scenario (a phase is excluded or its mode has no such link)</source>
        <translation>nicht in diesem Szenario (eine Phase ist ausgeschlossen oder ihr Modus hat diese Verbindung nicht)</translation>
    </message>
    <message>
        <source>not in this scenario (its mode has no such link)</source>
        <translation>nicht in diesem Szenario (sein Modus hat diese Verbindung nicht)</translation>
    </message>
    <message>
        <source>a quantity is zero here, so it has no relative change</source>
        <translation>eine Größe ist hier null und hat daher keine relative Änderung</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 (arc)</source>
        <translation>%1 (Bogen)</translation>
    </message>
</context>
<context>
    <name>triad</name>
    <message>
        <source>No batch sweep: %1.</source>
        <translation>Kein Batch-Sweep: %1.</translation>
    </message>
    <message>
        <source>%1% less compute</source>
        <translation>%1% weniger Rechenaufwand</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>%1% of weights pruned</source>
        <translation>%1% der Gewichte entfernt</translation>
    </message>
    <message>
        <source>this scenario&apos;s model</source>
        <translation>Modell dieses Szenarios</translation>
    </message>
    <message>
        <source>this scenario&apos;s %1 model</source>
        <translation>%1-Modell dieses Szenarios</translation>
    </message>
    <message>
        <source>the undistilled model</source>
        <translation>nicht destilliertes Modell</translation>
    </message>
    <message>
        <source>the undistilled %1 model</source>
        <translation>nicht destilliertes %1-Modell</translation>
    </message>
    <message>
        <source>batch 1</source>
        <translation>Batch 1</translation>
    </message>
    <message>
        <source>the dense model</source>
        <translation>dichtes Modell</translation>
    </message>
    <message>
        <source>the dense %1 model</source>
        <translation>dichtes %1-Modell</translation>
    </message>
    <message>
        <source>No sweep: &quot;%1&quot; is not an accelerator or edge device in the catalog.</source>
        <translation>Kein Sweep: „%1“ ist weder Beschleuniger noch Edge-Gerät im Katalog.</translation>
    </message>
    <message>
        <source>No precision sweep on %1: at the edge, quantization is part of the measured energy per inference (the catalog has no precision table for edge devices).</source>
        <translation>Kein Präzisions-Sweep auf %1: Am Edge steckt die Quantisierung in der gemessenen Energie je Inferenz (der Katalog hat keine Präzisionstabelle für Edge-Geräte).</translation>
    </message>
    <message>
        <source>No batch sweep on %1: batching is modelled for data-centre accelerators (the roofline serving mode).</source>
        <translation>Kein Batch-Sweep auf %1: Batching ist für Rechenzentrums-Beschleuniger modelliert (im Roofline-Inferenzmodus).</translation>
    </message>
</context>
<context>
    <name>variants</name>
    <message>
        <source>catalog (%1)</source>
        <translation>Katalog (%1)</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
</TS>
