<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>À propos d’annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l’application</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop version %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Distribué sous licence Apache, version 2.0 (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Vos données sont conservées dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>Copier le chemin du dossier de données</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>Exporter les annotations d’un projet au format COCO, YOLO, Pascal VOC ou JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Adapter à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Adapter à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>Re&amp;chercher une tâche</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>Rechercher dans la liste des tâches</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tâche &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>Aller à la tâche précédente</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>Tâche &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>Aller à la tâche suivante</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>So&amp;umettre</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>Vérifier et soumettre cette tâche</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;asser</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>Passer cette tâche pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>&amp;Réviser les soumissions…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>Contrôler un échantillon de soumissions (responsables qualité)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>S&amp;tatistiques du projet…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>Décomptes, cadence, acceptation et accord par projet</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>Se connecter à un serveur de tâches</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Envoyer et recevoir maintenant</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>&amp;Réserver des tâches hors ligne…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>Réserver des tâches pour travailler hors ligne</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Arrêter la synchronisation en cours</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problèmes…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>Afficher les modifications du serveur qui n’ont pas pu être appliquées</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Afficher tous les raccourcis</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>À &amp;propos d’annotator-desktop</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>À propos de cette application</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>Choisir l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>Mode dessin (dessiner en deux clics ou par glisser)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>Adapter l’image à la vue</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>Supprimer les boîtes sélectionnées</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>Sélectionner toutes les boîtes</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>Copier la boîte sélectionnée</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>Coller la boîte copiée</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>Masquer les boîtes (maintenir appuyé)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copier les boîtes de la tâche précédente</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Rien à étiqueter dans cette image</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>Décaler de 1&#xa0;px vers la gauche</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>Décaler de 1&#xa0;px vers la droite</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>Décaler de 1&#xa0;px vers le haut</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>Décaler de 1&#xa0;px vers le bas</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Décaler de 10&#xa0;px vers la gauche</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Décaler de 10&#xa0;px vers la droite</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Décaler de 10&#xa0;px vers le haut</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Décaler de 10&#xa0;px vers le bas</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>Dessiner une boîte</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>Supprimer les boîtes</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>Rien à étiqueter</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>Image et boîtes</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Rien à étiqueter dans cette image</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>Mode dessin&#xa0;: faites glisser ou cliquez sur deux coins pour dessiner une boîte. Échap quitte ce mode.</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>La boîte %1 a une taille nulle.</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>La boîte %1 est en dehors de l’image.</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>La boîte %1 n’a pas d’étiquette.</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>La boîte %1 a une étiquette que cette tâche ne propose pas.</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>Dessinez au moins une boîte ou cochez «&#xa0;Rien à étiqueter dans cette image&#xa0;».</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>«&#xa0;Rien à étiqueter dans cette image&#xa0;» est coché, mais il y a des boîtes.</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>Ce résultat ne peut pas être soumis.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>L’image n’est pas encore téléchargée&#xa0;; elle s’affichera ici dès son arrivée.</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>Cette image est trop grande pour être ouverte en toute sécurité (la limite est de %1&#xa0;mégapixels).</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>Ce fichier n’est pas dans un format d’image lisible par l’application.</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>Le fichier image est endommagé ou incomplet et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>Étiquette&#xa0;: %1 · %n sélectionnée · zoom&#xa0;: %2&#xa0;% · %3</numerusform>
            <numerusform>Étiquette&#xa0;: %1 · %n sélectionnées · zoom&#xa0;: %2&#xa0;% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>Copier ce bloc de code (%1). Tab passe au bloc de code suivant.</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>Copier le bloc de code</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>Copier le bloc de code</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>Préférence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>Attribuer le rang %1 à la réponse sélectionnée</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>Aller à l’échelle de préférence</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>Aller à la justification</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>Défilement simultané des deux réponses (activer/désactiver)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>Surligner les différences (activer/désactiver)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Préférence&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Critères&#xa0;:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Classement&#xa0;:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>Par réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>Justification&#xa0;: pourquoi l’une est-elle meilleure (ou les deux mauvaises)&#xa0;?</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>Préférence entre A et B, touches 1 à 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>Expliquez votre jugement avec vos propres mots.</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>Aucune préférence choisie (touches 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 caractères, minimum %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>Aucune préférence valide</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>Aucun classement valide</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>Tous les jugements de cette tâche, côte à côte</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>Tous les jugements de cette tâche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>Jugement de %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>Le serveur a refusé la dernière soumission&#xa0;: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>Aucune tâche de comparaison n’est chargée.</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>Cette soumission</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>Cette tâche de comparaison est endommagée et ne peut pas être affichée&#xa0;; veuillez la signaler.</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>Les deux réponses de cette tâche ont le même identifiant&#xa0;; veuillez signaler la tâche.</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>Choisissez la meilleure réponse, ou Égalité (touches 1–7).</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Réponse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>La justification est trop courte&#xa0;: %1 caractères sur %2 au minimum.</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>Le résultat n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être noté&#xa0;: sa plage n’est pas valide. Veuillez signaler cette tâche.</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>Notez «&#xa0;%1&#xa0;» (de %2 à %3).</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être noté de %2 à %3.</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>Classez chaque réponse (touches 1–9 ou glisser)&#xa0;; pas encore classées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>Notez %1 de %2 à %3&#xa0;; touches&#xa0;: chiffres, flèches, Suppr</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>%1 de la réponse %2</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Réponse A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Réponse B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>Défilement simultané</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>Faire défiler les deux réponses ensemble</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>Surligner les différences</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>Surligner les passages où les réponses diffèrent</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A est bien meilleure</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A est meilleure</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A est légèrement meilleure</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>Égalité&#xa0;: à peu près équivalentes</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B est légèrement meilleure</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B est meilleure</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B est bien meilleure</translation>
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
        <translation>Égalité</translation>
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
        <translation>Les deux réponses sont mauvaises</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>Nécessite un expert</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>Contenu préjudiciable</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>Je ne peux pas en juger</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>Modifier le jugement</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classée</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>rang %1 (ex æquo)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>Classement des réponses, de la meilleure à la moins bonne</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>Les touches 1–9 attribuent un rang à la réponse sélectionnée (des rangs égaux sont des ex æquo)&#xa0;; faites glisser une réponse pour la déplacer&#xa0;; Suppr efface son rang.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>Tour de parole&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>Réduire ce tour de parole</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>Développer ce tour de parole</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Tours de parole précédents de la conversation</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>Dernier message de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>Afficher les modifications côte à côte</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Texte entier</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>Afficher aussi le texte inchangé</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>Modifications par rapport au brouillon</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>Brouillon avec suppressions</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>Réécriture avec insertions</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 mots · %3 modifications · distance d’édition %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>mise en forme</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n mot inchangé</numerusform>
            <numerusform>%n mots inchangés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>Décaler la boîte</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>Masquer la boîte</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>Afficher la boîte</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>Verrouiller la boîte</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>Déverrouiller la boîte</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>Modifier l’attribut</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Coller la boîte</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Modifier l’étiquette</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copier les boîtes de la tâche précédente</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choisissez un projet</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Projet à exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Emplacement de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Choisir où enregistrer l’exportation</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>Ouvrir le dossier de l’exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (un fichier)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (un dossier de fichiers d’étiquettes)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (un dossier de fichiers XML)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines&#xa0;: toutes les soumissions (un fichier)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>Paires de préférence pour l’entraînement : prompt, choisie, rejetée (un fichier)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>paires de préférence</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>Réécritures pour l’affinage : conversation et réponse (un fichier)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>données d’affinage</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>Choisissez un projet et un format d’exportation.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’exportation.</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 est un fichier&#xa0;; ce format nécessite un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>Le dossier %1 n’est pas vide. Y exporter&#xa0;? Les fichiers portant le même nom seront remplacés.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>%1 exporté au format %2&#xa0;: %n fichier dans %3.</numerusform>
            <numerusform>%1 exporté au format %2&#xa0;: %n fichiers dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>%1 exporté au format %2 vers %3.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportation annulée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>Ce projet ne peut pas être exporté dans ce format&#xa0;: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>Vous n’avez pas le droit d’écrire dans %1&#xa0;; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Impossible d’écrire l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>L’exportation a échoué de manière inattendue&#xa0;; le journal contient les détails.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
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
        <translation>Le cache n’est pas encore ouvert&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Remplacer cette occurrence</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Remplacer toutes les occurrences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>Déplacer la boîte</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionner la boîte</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Consignes</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>Afficher ou masquer les consignes du projet</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>Rechercher dans les consignes</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>Rechercher des étiquettes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
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
        <translation>Ceci est un serveur Label Studio : il ne réserve pas les tâches. Quelqu’un d’autre peut annoter entre-temps une tâche que vous avez prise hors ligne ; votre travail est alors conservé et marqué en retard.</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Avis Label Studio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>Masquer cet avis jusqu’au prochain démarrage de l’application</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Masquer l’avis Label Studio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Synchronisation %1 sur %2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>La synchronisation n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>&amp;Relire les soumissions (pas sur les serveurs Label Studio)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>La relecture qualité n’est pas disponible sur les serveurs Label Studio.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>Tâches et éditeur</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>Seuls les responsables qualité peuvent réviser les soumissions. Connectez-vous avec un compte de responsable qualité.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>&amp;Outils de l’éditeur</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boîtes</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>Attributs de la boîte sélectionnée</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>Masquer toutes les boîtes de cette étiquette</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Boîte %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>Le cache n’est pas encore ouvert&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>Aucune image trouvée dans %1.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>Il n’y a pas de fichier classes.txt dans %1.
Saisissez les étiquettes, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Impossible d’ouvrir le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>Réécritures des autres annotateurs</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>Aucune tâche pour l’instant. Connectez-vous à un serveur de tâches (Synchronisation ▸ Se connecter…) ou ouvrez un dossier d’images (Fichier ▸ Ouvrir un dossier…).</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>Choisissez une tâche dans la liste pour commencer.</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>Éditeur de tâche</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>Ce type de tâche n’a pas encore d’éditeur&#xa0;; elle est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>Données brutes de la tâche</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>Les tâches de ce type ne peuvent pas être soumises depuis cette version de l’application.</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>Connectez-vous pour réserver un échantillon de révision.</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>Sur ce serveur, seuls les responsables qualité peuvent réviser les soumissions.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Modifications requises</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non révisée</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>Tâche&#xa0;: %1 (%2) · Annotateur&#xa0;: %3 · Temps actif&#xa0;: %4 · Soumise&#xa0;: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>Également réalisée par&#xa0;: %1 (travail affiché à côté)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Verdict&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>Révision qualité</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Soumission suivante</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Soumission précédente</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Rédiger un commentaire</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>Afficher ou masquer la liste de l’échantillon</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>Nouvel échantillon…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Fermer la révision</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>Soumissions de l’échantillon</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Détails de la soumission</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la révision</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>Liste de l’échantillon et soumission</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>Chargement de l’échantillon en cache…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>Réservation de l’échantillon et de ses images…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>Aucune soumission dans cet échantillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n soumission prête&#xa0;; parcourez-la avec J et K.</numerusform>
            <numerusform>%n soumissions prêtes&#xa0;; parcourez-les avec J et K.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>Certaines images n’ont pas pu être téléchargées.</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>Aucun échantillon réservé pour l’instant (Ctrl+N pour en créer un).</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>Projet %1 · graine %2 · %3 sur %4 · %5 révisées</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>Choisissez un verdict&#xa0;: A accepter, C modifications requises, R rejeter.</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>Verdict enregistré (même hors ligne)&#xa0;; il sera envoyé lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>Modifier à nouveau</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>Commencer une correction de cette tâche&#xa0;; la soumettre envoie une nouvelle version.</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>État de la soumission</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>Soumise (version %1). Lecture seule&#xa0;: choisissez «&#xa0;Modifier à nouveau&#xa0;» pour la corriger.</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>Vous avez passé cette tâche (%1). Elle est en lecture seule.</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>Vous avez passé cette tâche. Elle est en lecture seule.</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>Correction&#xa0;: la soumettre envoie la version %1&#xa0;; les précédentes sont conservées.</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Code en ligne</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloc de code</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Vérifier l’orthographe</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>Brouillon du modèle</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Votre réécriture</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>Notes pour le réviseur (facultatif)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>La réécriture est encore identique au brouillon.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>Modifications et autres réécritures</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>Autres annotateurs</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>Les données de cette tâche ne sont pas valides&#xa0;; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>La réécriture est vide.</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>La réécriture est identique au brouillon&#xa0;: modifiez-la ou indiquez dans les notes pourquoi le brouillon ne nécessite aucune modification.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>Adresse (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>Seules les adresses http et https peuvent être liées.</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 mots · %2 caractères</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>Nouvel échantillon de révision</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>Taille de l’échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>Échantillonner une proportion des soumissions</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>Proportion des soumissions, en pourcentage</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>Échantillonner un nombre de soumissions</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>Nombre de soumissions</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>&amp;Annotateur&#xa0;:</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>Uniquement les soumissions de cet annotateur</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Tous les annotateurs</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>Les mêmes projet, taille, annotateur et graine donnent le même échantillon. L’échantillon et ses images sont conservés sur cet ordinateur pour la révision hors ligne.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>Réserver l’échantillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>Aucun projet pour l’instant&#xa0;: synchronisez une fois en ligne, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>Le serveur n’a pas pu lire la demande.</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>Le serveur a refusé la soumission&#xa0;: certaines valeurs ne sont pas valides.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>Votre session a été utilisée ailleurs et a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action sur ce serveur.</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>Le serveur ne dispose pas de l’élément demandé.</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>Le serveur possède déjà une autre soumission sous cette clé.</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>Votre temps pour cette tâche est écoulé et elle a été attribuée à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>Le serveur possède déjà une version plus récente.</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>La liste des modifications du serveur a été réinitialisée&#xa0;; nouvelle synchronisation en cours.</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>Trop volumineux pour être accepté par le serveur.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>Le serveur est occupé. Une nouvelle tentative aura lieu sous peu.</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>Impossible de reprendre un téléchargement&#xa0;; il recommence depuis le début.</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>Le serveur a redirigé vers une autre adresse&#xa0;: vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>Le serveur a mis trop de temps à répondre. Votre travail est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>Le serveur a envoyé une réponse inutilisable par cette application. Vérifiez l’adresse du serveur ou prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>Le serveur a envoyé une réponse plus volumineuse que permis. Vérifiez l’adresse du serveur ou prévenez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>Le serveur ne cesse d’envoyer des modifications&#xa0;; la synchronisation a été arrêtée. Ce qui a été reçu est conservé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>Le http non chiffré n’est utilisé que vers cet ordinateur. Utilisez une adresse de serveur https://.</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>Une image dépasse la taille autorisée et n’a pas été téléchargée.</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>Une image est arrivée endommagée&#xa0;; elle sera de nouveau téléchargée lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>Le serveur a redirigé vers %1&#xa0;: vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>La taille de l’image diffère de celle de l’image de la tâche.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>La réécriture est vide.</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>L’ordre d’affichage des réponses est manquant.</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>Un critère n’est pas noté (%1).</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>Une note est en dehors de son échelle (%1).</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>La justification est trop courte.</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>Le serveur ne reconnaît pas l’un des signalements.</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>Une boîte a un attribut que ce projet ne définit pas (%1).</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>Un attribut de boîte a une valeur que ce projet n’autorise pas (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>Une valeur obligatoire est manquante (%1).</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>Aucune préférence n’est choisie.</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>Cette tâche se classe ; elle ne se juge pas sur l’échelle de préférence.</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>Les réponses ne sont pas classées.</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>Cette tâche se juge sur l’échelle de préférence ; elle ne se classe pas.</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>Toutes les réponses ne sont pas classées.</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>Une réponse est classée plus d’une fois.</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>Le classement a une place vide.</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>Le classement nomme une réponse que cette tâche n’a pas.</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>Une réponse est notée sur un critère que ce projet n’a pas (%1).</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>Une note nomme une réponse que cette tâche n’a pas (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>Sauvegarde automatique après (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Certificats d’AC (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>Tâches à garder hors ligne</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Choisir un fichier de certificats d’AC</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Choisir des certificats d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>Impossible de démarrer la synchronisation&#xa0;; travail hors ligne.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d’accès personnel</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Il se trouve dans Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>Où trouver le jeton</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>Saisissez votre jeton d’accès personnel.</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Ce n’est pas un jeton d’accès personnel. Copiez-le depuis Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio a refusé ce jeton. Copiez-en un valide depuis Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>Tâche défectueuse</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Pas claire</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>Hors de mon domaine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>La tâche elle-même a un problème : image manquante, texte tronqué</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>La tâche ou ses consignes ne sont pas claires</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>Quelqu’un d’autre, avec d’autres connaissances, devrait faire cette tâche</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>Une autre raison : précisez-la ci-dessous</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Passer la tâche</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>Pourquoi passez-vous « %1 » ? Appuyez sur 1 à 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>Pourquoi passez-vous cette tâche ? Appuyez sur 1 à 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>Pourquoi passez-vous cette tâche ?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>Précisez la raison (requis pour Autre)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>Raison (pour Autre)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>Passer ou annuler</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop est déjà en cours d’exécution avec ce dossier de données (processus %1).
Basculez vers cette fenêtre ou démarrez avec un autre dossier (--data-dir).
Fichier de verrou&#xa0;: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>Impossible d’écrire dans le dossier de données %1.
Vérifiez ses droits d’accès ou démarrez avec un autre dossier (--data-dir).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>Le cache %1 a été écrit par une version plus récente d’annotator-desktop.
Installez la version plus récente&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>Le cache %1 est verrouillé par un autre programme.
Fermez les autres instances d’annotator-desktop et réessayez.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>Impossible d’écrire dans le cache %1.
Vérifiez les droits d’accès du fichier et de son dossier, ou utilisez --data-dir.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>Le cache %1 est endommagé et n’a pas pu être ouvert. Il a été conservé tel quel.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>Impossible d’ouvrir le cache %1.</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>Le cache était endommagé. Il a été mis de côté et conservé sous
%1
Un nouveau cache vide a été créé dans %2. Les brouillons qui ne se trouvaient que dans le fichier endommagé peuvent être récupérés à partir de la copie conservée.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>Le fichier de paramètres %1 a été écrit par une version plus récente d’annotator-desktop.
Les paramètres par défaut sont utilisés pour l’instant&#xa0;; le fichier reste inchangé.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>Impossible de lire le fichier de paramètres %1.
Les paramètres par défaut sont utilisés pour l’instant&#xa0;; le fichier reste inchangé.</translation>
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
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de révision</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Modifications requises</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>Tous les jugements d’une tâche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Cette tâche n’est pas dans le cache.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1&#xa0;% (%2 sur %3&#xa0;; intervalle à 95&#xa0;%&#xa0;: %4–%5&#xa0;%)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>Parmi les paires jugées dont les deux réponses diffèrent sur un indice, la part qui a choisi la réponse affichée en premier, la plus longue et la plus mise en forme (titres, listes, gras, emoji). Un annotateur impartial serait proche de 50&#xa0;%&#xa0;; ⚠ signale une part dont l’intervalle à 95&#xa0;% exclut 50&#xa0;%. Les égalités et les paires ignorées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>Audit des biais par annotateur</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>A choisi la première affichée</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>A choisi la plus longue</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>A choisi la plus mise en forme</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Tous les annotateurs</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>L’intervalle à 95&#xa0;% exclut 50&#xa0;%&#xa0;: biais probable.</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tâches les plus divergentes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Jugements</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>Lire les jugements…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>Lire tous les jugements de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>Divergence&#xa0;: fréquence à laquelle deux annotateurs ont jugé différemment une paire de réponses (0&#xa0;: tous d’accord, 1&#xa0;: toujours opposés). Les désaccords sont conservés, jamais tranchés par un vote.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>Statistiques du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Actualiser les statistiques</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>Répartition par état</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>Verdicts par annotateur</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>Chiffres par annotateur</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>Par annotateur</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord inter-annotateurs</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>Biais de position, de longueur et de mise en forme</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tâches les plus divergentes</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumises</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d’acceptation</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Temps actif</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>Modifications requises / rejetées</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>Aucun projet dans le cache pour l’instant.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n soumission</numerusform>
            <numerusform>%n soumissions</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>Aucune tâche passée.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Passées : %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>Chiffres du serveur, pour tous les annotateurs du projet.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>Seuls les responsables qualité reçoivent les chiffres du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>Impossible de charger les chiffres du serveur.</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>Calculé sur cet ordinateur à partir des soumissions en cache. %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>Tâches réalisées par au moins deux annotateurs</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>Accord sur les boîtes (F1 apparié par IoU, 1 = boîtes identiques)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>Accord sur les préférences (alpha de Krippendorff)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>Distance entre réécritures (modifications normalisées, 0 = identiques)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>Temps actif sur cette tâche</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>Non connecté (hors ligne)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1&#xa0;: %2 terminées, %3 restantes · Aujourd’hui&#xa0;: %4 soumises, %5 de temps actif</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>Supprimer aussi de cet ordinateur les tâches téléchargées&#xa0;?</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>Les brouillons et les soumissions pas encore envoyés seraient perdus. Conservez-les par précaution.</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>Le cache a été vidé.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tâche réservée pour le travail hors ligne.</numerusform>
            <numerusform>%n tâches réservées pour le travail hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>Aucun stockage sécurisé des mots de passe n’est disponible&#xa0;: vous ne restez connecté que jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>Synchronisé. Envoyés&#xa0;: %1&#xa0;; modifications reçues&#xa0;: %2&#xa0;; en attente&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>Le serveur est injoignable. Votre travail est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>Saisissez l’adresse du serveur, votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>Le serveur est occupé. Une nouvelle tentative aura lieu sous peu.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action sur ce serveur.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>Le serveur ne connaît pas cette adresse. Vérifiez l’URL.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Le serveur a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Modifications mises de côté</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>%n modification du serveur n’a pas pu être appliquée et a été mise de côté. Tout le reste a été synchronisé. Prévenez l’administrateur du serveur si le problème persiste.</numerusform>
            <numerusform>%n modifications du serveur n’ont pas pu être appliquées et ont été mises de côté. Tout le reste a été synchronisé. Prévenez l’administrateur du serveur si le problème persiste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>Aucun problème&#xa0;: toutes les modifications du serveur ont été appliquées.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>Réserver des tâches hors ligne</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>Lecture des projets…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>Aucun projet pour l’instant. Connectez-vous et synchronisez d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>%n tâche actuellement hors ligne</numerusform>
            <numerusform>%n tâches actuellement hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>Nombre de tâches pour %1</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>Réserver des tâches de %1 pour le travail hors ligne</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>Réservation des tâches…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tâche réservée pour le travail hors ligne.</numerusform>
            <numerusform>%n tâches réservées pour le travail hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>Non connecté&#xa0;: vous pourrez réserver des tâches dès que le serveur sera joignable.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>Filtrer par projet</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Modifications requises</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>En retard ou en conflit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 tâches sur %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boîtes</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>La tâche %1 n’est plus dans le cache.</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>Impossible d’afficher cette tâche.</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>Impossible d’ouvrir la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d’enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>Cette tâche a été révisée et est close&#xa0;; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>Impossible d’enregistrer la soumission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>Enregistrée comme terminée dans ce projet de dossier.</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>Soumise. Elle sera envoyée dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>Pas prête à être soumise</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>Corrigez ces points avant de soumettre&#xa0;:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>Cette tâche est close ou soumise ; elle ne peut pas être passée.</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>Le passage n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>Passée. La raison est envoyée dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>Passée. La raison est conservée dans ce projet de dossier.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>Acceptée par le contrôle qualité</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>Modifications demandées par le contrôle qualité</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>Rejetée par le contrôle qualité</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>un responsable qualité</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Verdict précédent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>Votre attribution temporaire pour cette tâche a pris fin avant l’envoi de votre travail. Soumettez-la&#xa0;; le serveur la conservera comme soumission en retard.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>L’attribution temporaire prend fin le %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>Verdict qualité</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>Masquer le verdict pour l’instant</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>Masquer le verdict qualité</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Commentaire du réviseur</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Verdict précédent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Révisée par %1 le %2</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Révisée par %1</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(Aucun commentaire)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>Votre soumission corrigée est en attente de révision.</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>Corrigez la tâche et soumettez-la à nouveau.</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>Cette tâche est close&#xa0;; elle s’ouvre en lecture seule.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>Commentaire pour l’annotateur</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Accepter (A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>Accepter cette soumission</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>Modifi&amp;cations requises (C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>Demander à l’annotateur de corriger cette soumission</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>&amp;Rejeter (R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>Rejeter cette soumission</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>Que faut-il modifier&#xa0;? Saisissez-le, puis appuyez sur Entrée (Échap annule)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>Pourquoi la rejeter&#xa0;? Saisissez la raison, puis appuyez sur Entrée (Échap annule)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>Commentaire (facultatif pour Accepter&#xa0;; / pour saisir, Échap pour quitter)</translation>
    </message>
</context>
</TS>
