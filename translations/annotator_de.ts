<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>Über annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop Version %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Lizenziert unter der Apache License, Version 2.0 (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Ihre Daten liegen in: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>Pfad des Datenordners kopieren</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Bildordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>Die Annotationen eines Projekts als COCO, YOLO, Pascal VOC oder JSON Lines exportieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Die App beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>Zuletzt rückgängig gemachte Bearbeitung wiederholen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>Aufgabe &amp;suchen</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>Aufgabenliste durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>&amp;Vorherige Aufgabe</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>Zur vorherigen Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>Zur nächsten Aufgabe</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>Diese Aufgabe prüfen und einreichen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>Diese Aufgabe vorerst überspringen</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>Einreichungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>Eine Stichprobe der Einreichungen prüfen (QA-Leitung)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>Projektsta&amp;tistik…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>Anzahlen, Durchsatz, Akzeptanz und Übereinstimmung je Projekt</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>Bei einem Aufgabenserver anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Jetzt senden und empfangen</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>Aufgaben &amp;offline nehmen…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>Aufgaben zur Offline-Bearbeitung reservieren</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Laufende Synchronisierung stoppen</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Probleme…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>Die Änderungen vom Server anzeigen, die nicht übernommen werden konnten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>Ü&amp;ber annotator-desktop</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>Label „%1“ wählen</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>Zeichenmodus (Zeichnen per Klick–Klick oder Ziehen)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>Bild an Ansicht anpassen</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>Ausgewählte Boxen löschen</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>Alle Boxen auswählen</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>Ausgewählte Box kopieren</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>Kopierte Box einfügen</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>Boxen ausblenden (gedrückt halten)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Boxen der vorherigen Aufgabe kopieren</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>In diesem Bild gibt es nichts zu labeln</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>Um 1 px nach links verschieben</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>Um 1 px nach rechts verschieben</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>Um 1 px nach oben verschieben</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>Um 1 px nach unten verschieben</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Um 10 px nach links verschieben</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Um 10 px nach rechts verschieben</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Um 10 px nach oben verschieben</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Um 10 px nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>Box zeichnen</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>Boxen löschen</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>Nichts zu labeln</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>Bild und Boxen</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>In diesem Bild gibt es nichts zu labeln</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>Zeichenmodus: Ziehen oder zwei Ecken anklicken, um eine Box zu zeichnen. Esc beendet den Modus.</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>Box %1 hat die Größe null.</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>Box %1 liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>Box %1 hat kein Label.</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>Box %1 hat ein Label, das diese Aufgabe nicht anbietet.</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>Zeichnen Sie mindestens eine Box oder aktivieren Sie „In diesem Bild gibt es nichts zu labeln“.</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>„In diesem Bild gibt es nichts zu labeln“ ist aktiviert, aber es gibt Boxen.</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>Dieses Ergebnis kann nicht eingereicht werden.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>Das Bild ist noch nicht heruntergeladen; es erscheint hier, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>Dieses Bild ist zu groß, um es sicher zu öffnen (die Grenze liegt bei %1 Megapixeln).</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>Diese Datei hat kein Bildformat, das die App lesen kann.</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>Die Bilddatei ist beschädigt oder unvollständig und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>Label: %1 · %n ausgewählt · Zoom %2% · %3</numerusform>
            <numerusform>Label: %1 · %n ausgewählt · Zoom %2% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>Diesen Codeblock kopieren (%1). Tab springt zum nächsten Codeblock.</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>Codeblock kopieren</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>Codeblock kopieren</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>Präferenz %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>Der ausgewählten Antwort Rang %1 geben</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>Zur Präferenzskala</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>Zur Begründung</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>Beide Antworten gemeinsam scrollen (ein/aus)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>Unterschiede hervorheben (ein/aus)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Präferenz:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Rangfolge:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>Je Antwort:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>Begründung: Warum ist eine besser (oder beide schlecht)?</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>Präferenz zwischen A und B, Tasten 1 bis 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>Erläutern Sie Ihre Einschätzung in eigenen Worten.</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>Noch keine Präferenz gewählt (Tasten 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 Zeichen, mindestens %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>Keine gültige Präferenz</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>Keine gültige Rangfolge</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>Alle Einschätzungen dieser Aufgabe nebeneinander</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>Alle Einschätzungen dieser Aufgabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>Einschätzung von %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>Der Server hat die letzte Einreichung abgelehnt: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>Keine Vergleichsaufgabe geladen.</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>Diese Einreichung</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>Diese Vergleichsaufgabe ist beschädigt und kann nicht angezeigt werden; bitte melden Sie sie.</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>Beide Antworten dieser Aufgabe haben dieselbe ID; bitte melden Sie die Aufgabe.</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>Wählen Sie die bessere Antwort oder „Gleich“ (Tasten 1–7).</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>Die Begründung ist zu kurz: %1 von mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>Das Ergebnis ist ungültig: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>„%1“ kann nicht bewertet werden: Der Bereich ist ungültig. Bitte melden Sie diese Aufgabe.</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>Bewerten Sie „%1“ (von %2 bis %3).</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>„%1“ muss mit %2 bis %3 bewertet werden.</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>Geben Sie jeder Antwort einen Rang (Tasten 1–9 oder Ziehen); noch ohne Rang: %1.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>%1 von %2 bis %3 bewerten; Tasten: Ziffern, Pfeile, Entf</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>%1 von Antwort %2</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Antwort A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Antwort B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>Beide Antworten gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>Unterschiede hervorheben</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>Hervorheben, wo sich die Antworten unterscheiden</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A ist viel besser</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A ist etwas besser</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>Gleich: beide etwa gleich gut</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B ist etwas besser</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B ist viel besser</translation>
    </message>
    <message>
        <source>A ≫</source>
        <comment>scale point 1: A much better</comment>
        <translation>A ≫</translation>
    </message>
    <message>
        <source>A &gt;</source>
        <comment>scale point 2: A better</comment>
        <translation>A &gt;</translation>
    </message>
    <message>
        <source>A ≳</source>
        <comment>scale point 3: A slightly better</comment>
        <translation>A ≳</translation>
    </message>
    <message>
        <source>Tie</source>
        <comment>scale point 4</comment>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>≲ B</source>
        <comment>scale point 5: B slightly better</comment>
        <translation>≲ B</translation>
    </message>
    <message>
        <source>&lt; B</source>
        <comment>scale point 6: B better</comment>
        <translation>&lt; B</translation>
    </message>
    <message>
        <source>≪ B</source>
        <comment>scale point 7: B much better</comment>
        <translation>≪ B</translation>
    </message>
    <message>
        <source>Both responses are bad</source>
        <translation>Beide Antworten sind schlecht</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>Erfordert Fachwissen</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>Schädlicher Inhalt</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>Kann ich nicht beurteilen</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>Einschätzung ändern</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>ohne Rang</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>Rang %1 (geteilt)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>Rangfolge der Antworten, beste zuerst</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>Die Tasten 1–9 geben der ausgewählten Antwort einen Rang (gleiche Ränge sind geteilt); ziehen Sie eine Antwort, um sie umzusortieren; Entf entfernt ihren Rang.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>Beitrag: %1</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>Diesen Beitrag einklappen</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>Diesen Beitrag ausklappen</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Frühere Beiträge des Gesprächs</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>Letzte Nachricht des Benutzers</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>Änderungen nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Gesamter Text</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>Auch unveränderten Text anzeigen</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Auf Entwurf zurücksetzen</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>Änderungen gegenüber dem Entwurf</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>Entwurf mit Löschungen</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>Neufassung mit Einfügungen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 Wörter · %3 Änderungen · Editierdistanz %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n unverändertes Wort</numerusform>
            <numerusform>%n unveränderte Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>Box leicht verschieben</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>Box ausblenden</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>Box einblenden</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>Box sperren</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>Box entsperren</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>Attribut ändern</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Box einfügen</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Label ändern</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Boxen der vorherigen Aufgabe kopieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>Projekt exportieren</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Projekt auswählen</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Zu exportierendes Projekt</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Speicherort des Exports</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Speicherort für den Export wählen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>Den Ordner des Exports öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (eine Datei)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (ein Ordner mit Label-Dateien)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (ein Ordner mit XML-Dateien)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: alle Einreichungen (eine Datei)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>Präferenzpaare fürs Training: Prompt, gewählt, abgelehnt (eine Datei)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>Präferenzpaare</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>Umschreibungen fürs Feintuning: Gespräch und Antwort (eine Datei)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>Feintuning-Daten</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>Wählen Sie ein Projekt und ein Format für den Export.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 ist eine Datei; dieses Format benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>Der Ordner %1 ist nicht leer. Trotzdem dorthin exportieren? Dateien mit gleichem Namen werden ersetzt.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>%1 als %2 exportiert: %n Datei in %3.</numerusform>
            <numerusform>%1 als %2 exportiert: %n Dateien in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>%1 als %2 nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>Dieses Projekt kann nicht in diesem Format exportiert werden: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>Sie dürfen nicht in %1 schreiben; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>Der Export ist unerwartet fehlgeschlagen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO-JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>Der Cache ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersatztext</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>Box verschieben</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Boxgröße ändern</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>Richtlinien des Projekts ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>In den Richtlinien suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>Labels durchsuchen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LabelStudioBanner</name>
    <message>
        <source>This is a Label Studio server: it does not reserve tasks. Someone else may annotate a task you took offline in the meantime; your work is kept and shown as late then.</source>
        <translation>Dies ist ein Label-Studio-Server: Er reserviert keine Aufgaben. Jemand anderes kann eine Aufgabe, die Sie offline genommen haben, inzwischen annotieren; Ihre Arbeit bleibt erhalten und wird dann als verspätet angezeigt.</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Label-Studio-Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>Diesen Hinweis bis zum Neustart der App ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Label-Studio-Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Synchronisierung %1 von %2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>Die Synchronisierung ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>Einreichungen &amp;prüfen (nicht auf Label-Studio-Servern)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>Die QA-Prüfung ist auf Label-Studio-Servern nicht verfügbar.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>Aufgaben und Editor</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>Nur die QA-Leitung kann Einreichungen prüfen. Melden Sie sich mit einem Konto der QA-Leitung an.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>Editor&amp;werkzeuge</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>Attribute der ausgewählten Box</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>Alle Boxen mit diesem Label ausblenden</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Box %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>Der Cache ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Bildordner öffnen</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>In %1 wurden keine Bilder gefunden.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>In %1 gibt es keine classes.txt.
Geben Sie die Labels ein, eines pro Zeile:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>Neufassungen anderer Annotierender</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Anmerkungen: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>Noch keine Aufgaben. Melden Sie sich bei einem Aufgabenserver an (Synchronisieren ▸ Anmelden…) oder öffnen Sie einen Ordner mit Bildern (Datei ▸ Ordner öffnen…).</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>Wählen Sie zum Beginnen eine Aufgabe aus der Liste.</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>Aufgabeneditor</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>Für diese Aufgabenart gibt es noch keinen Editor; sie wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>Rohdaten der Aufgabe</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>Aufgaben dieser Art können mit dieser App-Version nicht eingereicht werden.</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>Melden Sie sich an, um eine Prüfstichprobe zu reservieren.</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>Nur die QA-Leitung kann auf diesem Server Einreichungen prüfen.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Überarbeitung nötig</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>Aufgabe: %1 (%2) · Annotiert von: %3 · Aktive Zeit: %4 · Eingereicht: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>Auch bearbeitet von: %1 (daneben angezeigt)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Entscheidung: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>QA-Prüfung</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Nächste Einreichung</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Vorherige Einreichung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Kommentar schreiben</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>Stichprobenliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>Neue Stichprobe…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Prüfung schließen</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>Einreichungen in der Stichprobe</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Details der Einreichung</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>Stichprobenliste und Einreichung</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>Stichprobe wird aus dem Cache geladen…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>Stichprobe und Bilder werden reserviert…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>Keine Einreichungen in dieser Stichprobe.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n Einreichung bereit; J und K zum Blättern.</numerusform>
            <numerusform>%n Einreichungen bereit; J und K zum Blättern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>Einige Bilder konnten nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>Noch keine Stichprobe reserviert (Ctrl+N für eine neue).</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>Projekt %1 · Startwert %2 · %3 von %4 · %5 geprüft</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>Treffen Sie eine Entscheidung: A akzeptieren, C Überarbeitung nötig, R ablehnen.</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>Entscheidung gespeichert; sie wird bei der nächsten Synchronisierung gesendet (auch offline).</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>Erneut bearbeiten</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>Eine Überarbeitung dieser Aufgabe beginnen; beim Einreichen wird eine neue Version gesendet.</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>Status der Einreichung</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>Eingereicht (Version %1). Schreibgeschützt: Wählen Sie „Erneut bearbeiten“, um sie zu überarbeiten.</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>Sie haben diese Aufgabe übersprungen (%1). Sie ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>Sie haben diese Aufgabe übersprungen. Sie ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>Überarbeitung: Beim Einreichen wird Version %1 gesendet; die früheren bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Inline-Code</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Überschrift 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Als reinen Text einfügen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Auf Entwurf zurücksetzen</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>Modellentwurf</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Ihre Neufassung</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anmerkungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>Anmerkungen für die Prüfung (optional)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>Die Neufassung ist noch identisch mit dem Entwurf.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>Änderungen und andere Neufassungen</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>Andere Annotierende</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>Die Daten dieser Aufgabe sind ungültig; sie kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>Die Neufassung ist leer.</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>Die Neufassung ist mit dem Entwurf identisch: Bearbeiten Sie sie oder begründen Sie in den Anmerkungen, warum der Entwurf keine Änderung braucht.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>Adresse (http oder https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>Nur http- und https-Adressen können verlinkt werden.</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 Wörter · %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>Neue Prüfstichprobe</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>Stichprobengröße:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Anteil</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>Einen Anteil der Einreichungen auswählen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>Anteil der Einreichungen in Prozent</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>Anza&amp;hl</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>Eine feste Anzahl von Einreichungen auswählen</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>Anzahl der Einreichungen</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>A&amp;nnotierende Person:</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>Nur Einreichungen dieser annotierenden Person</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Alle Annotierenden</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>Gleiches Projekt, gleiche Größe, gleiche annotierende Person und gleicher Startwert ergeben dieselbe Stichprobe. Die Stichprobe und ihre Bilder werden für die Offline-Prüfung auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>Stichprobe reservieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>Noch keine Projekte: Synchronisieren Sie einmal online und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>Der Server konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>Der Server hat die Einreichung abgelehnt: Einige Werte sind ungültig.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>Ihre Anmeldung wurde an anderer Stelle verwendet und ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Dazu sind Sie auf diesem Server nicht berechtigt.</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>Das Angeforderte ist auf dem Server nicht vorhanden.</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>Der Server hat unter diesem Schlüssel bereits eine andere Einreichung.</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>Ihre Zeit für diese Aufgabe ist abgelaufen; sie wurde an eine andere Person vergeben.</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>Der Server hat bereits eine neuere Version davon.</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>Die Änderungsliste des Servers wurde zurückgesetzt; es wird erneut synchronisiert.</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>Dies ist zu groß, um vom Server angenommen zu werden.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>Der Server ist ausgelastet. Es wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>Ein Download konnte nicht fortgesetzt werden; er beginnt von vorn.</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>Der Server hat an eine andere Adresse weitergeleitet: Überprüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Ihre Arbeit bleibt erhalten und wird später gesendet.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht verwenden kann. Überprüfen Sie die Serveradresse oder wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>Der Server hat eine größere Antwort als erlaubt gesendet. Überprüfen Sie die Serveradresse oder wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>Der Server sendet fortlaufend Änderungen; die Synchronisierung wurde gestoppt. Bereits Empfangenes bleibt erhalten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>Unverschlüsseltes http wird nur für diesen Computer verwendet. Verwenden Sie eine https://-Serveradresse.</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>Ein Bild ist größer als erlaubt und wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>Ein Bild ist beschädigt angekommen; es wird bei der nächsten Synchronisierung erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>Der Server hat an %1 weitergeleitet: Überprüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>Die Bildgröße weicht vom Bild der Aufgabe ab.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>Die Neufassung ist leer.</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>Die Reihenfolge, in der die Antworten angezeigt wurden, fehlt.</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>Ein Kriterium ist nicht bewertet (%1).</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>Eine Bewertung liegt außerhalb ihrer Skala (%1).</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>Die Begründung ist zu kurz.</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>Eine Markierung ist dem Server nicht bekannt.</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>Eine Box hat ein Attribut, das dieses Projekt nicht definiert (%1).</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>Ein Box-Attribut hat einen Wert, den dieses Projekt nicht zulässt (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>Ein erforderlicher Wert fehlt (%1).</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>Es ist keine Präferenz gewählt.</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>Diese Aufgabe wird gereiht, nicht auf der Präferenzskala bewertet.</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>Die Antworten sind nicht gereiht.</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>Diese Aufgabe wird auf der Präferenzskala bewertet, nicht gereiht.</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>Nicht jede Antwort ist gereiht.</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>Eine Antwort ist mehr als einmal gereiht.</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>Die Reihung hat einen leeren Platz.</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>Die Reihung nennt eine Antwort, die diese Aufgabe nicht hat.</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>Eine Antwort ist nach einem Kriterium bewertet, das dieses Projekt nicht hat (%1).</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>Eine Bewertung nennt eine Antwort, die diese Aufgabe nicht hat (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>Automatisch speichern nach (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA-Bundle (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>Offline vorgehaltene Aufgaben</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>Synchronisierung konnte nicht starten; Sie arbeiten offline.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Sie finden es in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>Wo das Token zu finden ist</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>Geben Sie Ihr persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Das ist kein persönliches Zugriffstoken. Kopieren Sie es aus Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio hat dieses Token abgelehnt. Kopieren Sie ein aktuelles aus Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>Aufgabe defekt</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>Nicht mein Fachgebiet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>Mit der Aufgabe selbst stimmt etwas nicht: fehlendes Bild, abgeschnittener Text</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>Die Aufgabe oder ihre Anleitung ist unklar</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>Jemand mit anderem Fachwissen sollte diese Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>Ein anderer Grund: unten angeben</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Aufgabe überspringen</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>Warum überspringen Sie „%1“? Drücken Sie 1 bis 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>Warum überspringen Sie diese Aufgabe? Drücken Sie 1 bis 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>Warum überspringen Sie diese Aufgabe?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>Grund angeben (nötig bei Anderes)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>Grund (bei Anderes)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>Überspringen oder abbrechen</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop läuft bereits mit diesem Datenordner (Prozess %1).
Wechseln Sie zu diesem Fenster oder starten Sie mit einem anderen Ordner (--data-dir).
Sperrdatei: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden.
Prüfen Sie seine Berechtigungen oder starten Sie mit einem anderen Ordner (--data-dir).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>Der Cache %1 wurde von einer neueren Version von annotator-desktop geschrieben.
Installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>Der Cache %1 ist von einem anderen Programm gesperrt.
Schließen Sie andere Instanzen von annotator-desktop und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>In den Cache %1 kann nicht geschrieben werden.
Prüfen Sie die Berechtigungen der Datei und ihres Ordners oder verwenden Sie --data-dir.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>Der Cache %1 ist beschädigt und konnte nicht geöffnet werden. Er wurde unverändert aufbewahrt.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>Der Cache %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>Der Cache war beschädigt. Er wurde beiseitegelegt und aufbewahrt als
%1
Unter %2 wurde ein neuer, leerer Cache angelegt. Entwürfe, die nur in der beschädigten Datei waren, lassen sich aus der aufbewahrten Kopie wiederherstellen.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Version von annotator-desktop geschrieben.
Vorerst werden Standardeinstellungen verwendet; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden.
Vorerst werden Standardeinstellungen verwendet; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Überarbeitung nötig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>Alle Einschätzungen einer Aufgabe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Diese Aufgabe ist nicht im Cache.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1 % (%2 von %3; 95-%-Intervall: %4–%5 %)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>Von den eingeschätzten Paaren, deren zwei Antworten sich in einem Merkmal unterscheiden, der Anteil, der die zuerst gezeigte, die längere und die stärker formatierte Antwort (Überschriften, Listen, Fettdruck, Emoji) gewählt hat. Ohne Verzerrung läge er nahe 50 %; ⚠ markiert einen Anteil, dessen 95-%-Intervall 50 % ausschließt. Paare mit „Gleich“ und übersprungene Paare werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>Verzerrungsanalyse je annotierende Person</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotierende Person</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>Zuerst gezeigte gewählt</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>Längere gewählt</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>Stärker formatierte gewählt</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Alle Annotierenden</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>Das 95-%-Intervall schließt 50 % aus: wahrscheinlich eine Verzerrung.</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Aufgaben mit der größten Uneinigkeit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>Einschätzungen lesen…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>Alle Einschätzungen der ausgewählten Aufgabe lesen</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>Uneinigkeit: wie oft zwei Annotierende ein Antwortpaar unterschiedlich eingeschätzt haben (0 = alle einig, 1 = immer gegensätzlich). Uneinigkeit bleibt erhalten und wird nie per Mehrheit aufgelöst.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>Projektstatistik</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Statistik aktualisieren</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>Anzahl nach Status</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>Entscheidungen je annotierende Person</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>Kennzahlen je annotierende Person</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>Je annotierende Person</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>Verzerrung durch Position, Länge und Formatierung</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Aufgaben mit der größten Uneinigkeit</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotierende Person</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Akzeptanzrate</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>Überarbeitung nötig / abgelehnt</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>Noch kein Projekt im Cache.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n Einreichung</numerusform>
            <numerusform>%n Einreichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>Keine Aufgabe übersprungen.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>Kennzahlen vom Server, für alle Annotierenden des Projekts.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>Nur die QA-Leitung erhält die Kennzahlen des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>Die Kennzahlen des Servers konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>Auf diesem Computer aus den Einreichungen im Cache berechnet. %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>Aufgaben, die von zwei oder mehr Annotierenden bearbeitet wurden</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>Box-Übereinstimmung (F1 nach IoU-Zuordnung, 1 = gleiche Boxen)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>Präferenz-Übereinstimmung (Krippendorffs Alpha)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>Abstand der Neufassungen (normierte Editierdistanz, 0 = identisch)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>Aktive Zeit für diese Aufgabe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>Nicht angemeldet (offline)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n zu senden</numerusform>
            <numerusform>%n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Aktiv: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: %2 erledigt, %3 offen · Heute: %4 eingereicht, %5 aktiv</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>Auch die heruntergeladenen Aufgaben von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>Noch nicht gesendete Entwürfe und Einreichungen gingen verloren. Behalten Sie sie sicherheitshalber.</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>Der Cache wurde geleert.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n Aufgabe offline genommen.</numerusform>
            <numerusform>%n Aufgaben offline genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>Kein sicherer Passwortspeicher verfügbar: Sie bleiben nur angemeldet, bis die App geschlossen wird.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>Synchronisiert: %1 gesendet, %2 Änderungen empfangen, %3 wartend.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Arbeit bleibt erhalten und wird später gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>Geben Sie Serveradresse, Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>Der Server ist ausgelastet. Es wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Dazu sind Sie auf diesem Server nicht berechtigt.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>Der Server kennt diese Adresse nicht. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Zurückgestellte Änderungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>%n Änderung vom Server konnte nicht übernommen werden und wurde zurückgestellt. Alles andere wurde synchronisiert. Wenden Sie sich an die Administration des Servers, wenn das so bleibt.</numerusform>
            <numerusform>%n Änderungen vom Server konnten nicht übernommen werden und wurden zurückgestellt. Alles andere wurde synchronisiert. Wenden Sie sich an die Administration des Servers, wenn das so bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>Keine Probleme: Alle Änderungen vom Server wurden übernommen.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>Aufgaben offline nehmen</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>Projekte werden gelesen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>Noch keine Projekte. Melden Sie sich an und synchronisieren Sie zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>%n Aufgabe jetzt offline</numerusform>
            <numerusform>%n Aufgaben jetzt offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>Anzahl der Aufgaben für %1</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Offline nehmen</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>Aufgaben von %1 offline nehmen</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>Aufgaben werden offline genommen…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n Aufgabe offline genommen.</numerusform>
            <numerusform>%n Aufgaben offline genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>Nicht verbunden: Aufgaben können offline genommen werden, sobald der Server erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>Nach Projekt filtern</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Überarbeitung nötig</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>Verspätet oder Konflikt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 von %2 Aufgaben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Neufassung</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>Die Aufgabe %1 ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>Diese Aufgabe konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>Die Aufgabe konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>Diese Aufgabe wurde geprüft und ist abgeschlossen; sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>Die Einreichung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>Als erledigt in diesem Ordnerprojekt gespeichert.</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>Eingereicht. Wird gesendet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>Noch nicht bereit zum Einreichen</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>Beheben Sie vor dem Einreichen Folgendes:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>Diese Aufgabe ist abgeschlossen oder eingereicht; sie kann nicht übersprungen werden.</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>Das Überspringen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>Übersprungen. Der Grund wird gesendet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>Übersprungen. Der Grund wird in diesem Ordnerprojekt gespeichert.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>Von der QA akzeptiert</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>Überarbeitung von der QA angefordert</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>Von der QA abgelehnt</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>QA-Leitung</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Frühere Entscheidung: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>Ihre Zuteilung für diese Aufgabe endete, bevor Ihre Arbeit gesendet wurde. Reichen Sie sie ein; der Server speichert sie als verspätet.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>Zuteilung endet: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>QA-Entscheidung</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>Entscheidung vorerst ausblenden</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>QA-Entscheidung ausblenden</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Kommentar aus der Prüfung</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Frühere Entscheidung: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Geprüft von %1 am %2</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Geprüft von %1</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(Kein Kommentar)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>Ihre überarbeitete Einreichung wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>Überarbeiten Sie die Aufgabe und reichen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>Diese Aufgabe ist abgeschlossen; sie wird schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>Kommentar für die annotierende Person</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Akzeptieren (A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>Diese Einreichung akzeptieren</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>Überarbeitung &amp;nötig (C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>Die annotierende Person um Überarbeitung dieser Einreichung bitten</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>Ab&amp;lehnen (R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>Diese Einreichung ablehnen</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>Was muss sich ändern? Eingeben, dann Enter drücken (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>Grund der Ablehnung? Eingeben, dann Enter drücken (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>Kommentar (optional bei Akzeptieren; / zum Schreiben, Esc zum Verlassen)</translation>
    </message>
</context>
</TS>
