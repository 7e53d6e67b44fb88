<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;New…</source>
        <translation>No&amp;uveau…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>A new map from a template</source>
        <translation>Un nouveau parcours à partir d'un modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Open a journey map</source>
        <translation>Ouvrir une carte de parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Save as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Reuse this workspace as a template for new maps</source>
        <translation>Réutiliser cet espace de travail comme modèle pour de nouveaux parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Save the journey map</source>
        <translation>Enregistrer la carte de parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Save the journey map under a new name</source>
        <translation>Enregistrer la carte de parcours sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>A new map from a Mermaid journey or a CSV table of cards</source>
        <translation>Un nouveau parcours à partir d'un diagramme Mermaid ou d'un tableau CSV de fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Export the map as PNG, SVG, PDF report, PowerPoint, Mermaid or CSV</source>
        <translation>Exporter le parcours en PNG, SVG, rapport PDF, PowerPoint, Mermaid ou CSV</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Copy as &amp;Image</source>
        <translation>Copier comme &amp;image</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Copy the map, or the selected cards, as a picture for slides</source>
        <translation>Copier le parcours, ou les fiches sélectionnées, comme image pour vos diapositives</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Quit Journey Studio</source>
        <translation>Quitter Journey Studio</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Cut the selected cards</source>
        <translation>Couper les fiches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Copy the selected cards</source>
        <translation>Copier les fiches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Paste cards into the current cell</source>
        <translation>Coller les fiches dans la cellule courante</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Duplicate the selected cards</source>
        <translation>Dupliquer les fiches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Select every card</source>
        <translation>Sélectionner toutes les fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Edit the selected card's title in place</source>
        <translation>Modifier sur place le titre de la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add &amp;Card</source>
        <translation>Ajouter une &amp;fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add a card in the current cell</source>
        <translation>Ajouter une fiche dans la cellule courante</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add &amp;Stage</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add a stage at the end of the journey</source>
        <translation>Ajouter une étape à la fin du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add &amp;Lane</source>
        <translation>Ajouter un cou&amp;loir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add a lane at the bottom of the map</source>
        <translation>Ajouter un couloir en bas du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Co&amp;nnect Cards</source>
        <translation>Relier des fiche&amp;s</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Drag from one card to another to draw an arrow (or Alt+drag); Esc leaves</source>
        <translation>Glisser d'une fiche à une autre pour tracer une flèche (ou Alt+glisser) ; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add &amp;Emotion Point</source>
        <translation>Ajouter un &amp;point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add a point to the emotion curve in the current stage (or double-click the emotion lane)</source>
        <translation>Ajouter un point à la courbe d'émotion dans l'étape courante (ou double-cliquer sur le couloir des émotions)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Find cards</source>
        <translation>Rechercher des fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Business Context…</source>
        <translation>Contexte &amp;métier…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Company goals, market and customer expectations</source>
        <translation>Objectifs de l'entreprise, marché et attentes des clients</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>New &amp;Map in This Workspace</source>
        <translation>&amp;Nouveau parcours dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Add a journey map (same stages and lanes, no cards)</source>
        <translation>Ajouter un parcours (mêmes étapes et couloirs, sans fiches)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Delete This Map</source>
        <translation>Supprimer ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Delete the map shown (undo brings it back)</source>
        <translation>Supprimer le parcours affiché (Annuler le fait revenir)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Fit Map</source>
        <translation>A&amp;juster au parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Show the whole map</source>
        <translation>Afficher tout le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom to 100 %</source>
        <translation>Zoom à 100 %</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Zoom to the selected cards</source>
        <translation>Zoomer sur les fiches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>Every key of the editor and of presentations</source>
        <translation>Toutes les touches de l'éditeur et des présentations</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;Getting Started</source>
        <translation>Premiers pa&amp;s</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>How to build a journey map, step by step</source>
        <translation>Construire une carte de parcours, pas à pas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>&amp;About Journey Studio</source>
        <translation>À &amp;propos de Journey Studio</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/actions.py"/>
        <source>About Journey Studio</source>
        <translation>À propos de Journey Studio</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (or Alt+drag)</source>
        <translation type="vanished">Glisser d'une fiche à une autre pour tracer une flèche (ou Alt+glisser)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="vanished">Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the map as a PNG image</source>
        <translation type="vanished">Exporter le parcours en image PNG</translation>
    </message>
</context>
<context>
    <name>BusinessContextDialog</name>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Business context</source>
        <translation>Contexte métier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>What the company wants, the market it plays in, and what customers expect: the three factors every journey is judged against.</source>
        <translation>Ce que veut l'entreprise, le marché où elle joue et ce qu'attendent les clients : les trois critères à l'aune desquels on juge chaque parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Company &amp;goals</source>
        <translation>&amp;Objectifs de l'entreprise</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>One goal per line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>&amp;Market</source>
        <translation>&amp;Marché</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Competitors, trends, constraints</source>
        <translation>Concurrents, tendances, contraintes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Customer &amp;expectations</source>
        <translation>A&amp;ttentes des clients</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>One expectation per line</source>
        <translation>Une attente par ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Apply the changes (one undo step)</source>
        <translation>Appliquer les modifications (une seule étape d'annulation)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>company goals</source>
        <translation>objectifs de l'entreprise</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>expectations</source>
        <translation>attentes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>Line {number} of the {name} has {length} characters; keep each under {limit}.</source>
        <translation>La ligne {number} des {name} compte {length} caractères ; restez sous {limit} par ligne.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>The {name} hold {count} lines; keep at most {limit}.</source>
        <translation>Les {name} comptent {count} lignes ; gardez-en au plus {limit}.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/business_context_dialog.py"/>
        <source>The market description is too long ({length} characters; at most {limit}).</source>
        <translation>La description du marché est trop longue ({length} caractères ; {limit} au plus).</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Show resolved</source>
        <translation>Afficher les résolus</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Also list the comments that were dealt with</source>
        <translation>Lister aussi les commentaires déjà traités</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Mark the selected comment as dealt with, or open it again</source>
        <translation>Marquer le commentaire sélectionné comme traité, ou le rouvrir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Delete the selected comment (undo brings it back)</source>
        <translation>Supprimer le commentaire sélectionné (annuler le rétablit)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Card to comment on</source>
        <translation>Fiche à commenter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Add Comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>No map</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Open comments: {open} of {total}</source>
        <translation>Commentaires ouverts : {open} sur {total}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>No open comments. Pick a card below and write one: comments collect workshop feedback until someone deals with it.</source>
        <translation>Aucun commentaire ouvert. Choisissez une fiche ci-dessous et écrivez-en un : les commentaires recueillent les retours d'atelier jusqu'à ce que quelqu'un les traite.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>(untitled card)</source>
        <translation>(fiche sans titre)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>({open} open)</source>
        <translation>({open} ouverts)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Someone</source>
        <translation>Quelqu'un</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/comments_panel.py"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Emotion curves, today and in the future</source>
        <translation>Courbes d'émotions, aujourd'hui et demain</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Create Future State</source>
        <translation>Créer l'état futur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Copy this map as its future state, to redraw what should change</source>
        <translation>Copier ce parcours comme son état futur, pour redessiner ce qui doit changer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>No map</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>This map has no counterpart to compare with. Create its future state to redraw the journey as it should become, then compare the two.</source>
        <translation>Ce parcours n'a pas de pendant à comparer. Créez son état futur pour redessiner le parcours tel qu'il devrait devenir, puis comparez les deux.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Today: {current}
Future: {future}</source>
        <translation>Aujourd'hui : {current}
Demain : {future}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>{added} added, {removed} removed, {changed} changed, {same} unchanged</source>
        <translation>{added} ajoutées, {removed} retirées, {changed} modifiées, {same} inchangées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>No difference: the future state is still a copy of today's map.</source>
        <translation>Aucune différence : l'état futur est encore une copie du parcours actuel.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/compare_view.py"/>
        <source>{field}: {change}</source>
        <translation>{field} : {change}</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Connect to another card (Alt+drag)</source>
        <translation>Relier à une autre fiche (Alt+glisser)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Open linked journey</source>
        <translation>Ouvrir le parcours lié</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Link to a sub-journey</source>
        <translation>Lier à un sous-parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Insert stage before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Insert stage after</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Delete stage and its cards</source>
        <translation>Supprimer l'étape et ses fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Hide lane</source>
        <translation>Masquer le couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Insert lane above</source>
        <translation>Insérer un couloir au-dessus</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Insert lane below</source>
        <translation>Insérer un couloir en dessous</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Delete lane and its cards</source>
        <translation>Supprimer le couloir et ses fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Edit label</source>
        <translation>Modifier l'étiquette</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Delete point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Label…</source>
        <translation>Étiquette…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Delete arrow</source>
        <translation>Supprimer la flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Add card here</source>
        <translation>Ajouter une fiche ici</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Add emotion point here</source>
        <translation>Ajouter un point d'émotion ici</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Show hidden lane</source>
        <translation>Afficher le couloir masqué</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Stage colour</source>
        <translation>Couleur de l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Arrow label</source>
        <translation>Étiquette de la flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/context_menus.py"/>
        <source>Label:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="vanished">Actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="vanished">Points de contact</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="vanished">Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="vanished">Émotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="vanished">Irritants</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="vanished">Besoins</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="vanished">Opportunités</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="vanished">Coulisses</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="vanished">Indicateurs</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Texte</translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="vanished">Images</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="vanished">Étape suivante</translation>
    </message>
    <message>
        <source>Goes back</source>
        <translation type="vanished">Retour en arrière</translation>
    </message>
    <message>
        <source>Skips ahead</source>
        <translation type="vanished">Saut d'étape</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Cartes de parcours (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Open journey map</source>
        <translation>Ouvrir une carte de parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Save journey map</source>
        <translation>Enregistrer la carte de parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Import a journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/dialogs.py"/>
        <source>Mermaid journeys and CSV tables (*.mmd *.mermaid *.csv);;All files (*)</source>
        <translation>Parcours Mermaid et tableaux CSV (*.mmd *.mermaid *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="vanished">Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>EditableMapScene</name>
    <message>
        <location filename="../../journey_studio/canvas/editable_scene.py"/>
        <source>Double-click to add an emotion point</source>
        <translation>Double-cliquez pour ajouter un point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/canvas/editable_scene.py"/>
        <source>Double-click to add a card</source>
        <translation>Double-cliquez pour ajouter une fiche</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>As large as the map</source>
        <translation>Aussi grande que le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Slide, 1920 × 1080</source>
        <translation>Diapositive, 1920 × 1080</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>4K, 3840 × 2160</source>
        <translation>4K, 3840 × 2160</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;What</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>The whole map</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>One stage</source>
        <translation>Une étape</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>The selection (%n card(s))</source>
        <translation>
            <numerusform>La sélection (%n fiche)</numerusform>
            <numerusform>La sélection (%n fiches)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>The persona sheets</source>
        <translation>Les fiches persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Si&amp;ze</source>
        <translation>Tai&amp;lle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>from the resolution</source>
        <translation>d'après la résolution</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source> px wide</source>
        <translation> px de large</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Dots per inch: 96 is the screen's size, 192 twice as sharp</source>
        <translation>Points par pouce : 96 donne la taille de l'écran, 192 deux fois plus net</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>An exact width in pixels; overrides the resolution</source>
        <translation>Une largeur exacte en pixels ; prime sur la résolution</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Letter landscape</source>
        <translation>Lettre US paysage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>16:9 slide</source>
        <translation>Diapositive 16:9</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Fit to the map</source>
        <translation>Ajustée au parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Background</source>
        <translation>&amp;Arrière-plan</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>{width} × {height} pixels at {dpi:.0f} dpi</source>
        <translation>{width} × {height} pixels à {dpi:.0f} ppp</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier où exporter.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>Cannot export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/export_dialog.py"/>
        <source>“{map}” could not be exported as {format} to {path}.

{problem}</source>
        <translation>« {map} » n'a pas pu être exporté en {format} vers {path}.

{problem}</translation>
    </message>
    <message>
        <source>The selection ({count} cards)</source>
        <translation type="vanished">La sélection ({count} fiches)</translation>
    </message>
</context>
<context>
    <name>ExportFailed</name>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>{format} exports the whole map only, not the {scope}</source>
        <translation>{format} n'exporte que le parcours entier, pas {scope}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>a transparent background is for PNG and SVG only, not {format}</source>
        <translation>un fond transparent n'existe qu'en PNG et SVG, pas en {format}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>there is not enough memory; lower the DPI or the width</source>
        <translation>il n'y a pas assez de mémoire ; baissez la résolution (ppp) ou la largeur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/limits.py"/>
        <source>its map would be tiled over {pages} pages (the limit is {limit}); choose --page fit for one large page, a larger paper size, or export one stage</source>
        <translation>son parcours serait découpé sur {pages} pages (la limite est de {limit}) ; choisissez --page fit pour une seule grande page, un format de papier plus grand, ou exportez une seule étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/limits.py"/>
        <source>{arrows} arrows run through the lane “{lane}”, and a picture draws at most {limit} per lane; remove some arrows, or export SVG or PDF</source>
        <translation>{arrows} flèches passent par le couloir « {lane} », et une image en dessine au plus {limit} par couloir ; retirez des flèches, ou exportez en SVG ou en PDF</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/limits.py"/>
        <source>{arrows} arrows loop through its lanes' bands, and a picture this size draws at most {limit} of them (each crosses its whole band); remove some arrows, lower the resolution, or export SVG or PDF</source>
        <translation>{arrows} flèches font le tour par les bandes de ses couloirs, et une image de cette taille en dessine au plus {limit} (chacune traverse toute sa bande) ; retirez des flèches, baissez la résolution, ou exportez en SVG ou en PDF</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/output_guard.py"/>
        <source>{path}: is a journey map file; an export never replaces a map. Choose another output name</source>
        <translation>{path} : est un fichier de parcours ; un export ne remplace jamais un parcours. Choisissez un autre nom de fichier</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>PowerPoint deck</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>Mermaid journey diagram</source>
        <translation>Diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <location filename="../../journey_studio/export/__init__.py"/>
        <source>CSV cards table</source>
        <translation>Tableau CSV des fiches</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Find cards…</source>
        <translation>Rechercher des fiches…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Find cards</source>
        <translation>Rechercher des fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Searches titles, texts, owners, tags and evidence; accents and case do not matter</source>
        <translation>Cherche dans les titres, textes, responsables, étiquettes et preuves ; sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/find_bar.py"/>
        <source>{current} / {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation type="vanished">{total} trouvé(s)</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Start from a template&lt;/b&gt;: File ▸ New… shows them all; “{blank}” starts with empty stages and lanes.</source>
        <translation>&lt;b&gt;Partez d'un modèle&lt;/b&gt; : Fichier ▸ Nouveau… les montre tous ; « {blank} » commence avec des étapes et des couloirs vides.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Name the stages&lt;/b&gt; of the journey: double-click a stage header and type. Map ▸ Add Stage (Ctrl+Alt+S) adds one; drag a header to reorder it.</source>
        <translation>&lt;b&gt;Nommez les étapes&lt;/b&gt; du parcours : double-cliquez sur l'en-tête d'une étape et tapez. Parcours ▸ Ajouter une étape (Ctrl+Alt+S) en ajoute une ; faites glisser un en-tête pour changer l'ordre.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Add cards&lt;/b&gt;: double-click an empty cell, type the title, press Enter (Esc cancels). Drag cards between cells, or move the selected ones with the arrow keys.</source>
        <translation>&lt;b&gt;Ajoutez des fiches&lt;/b&gt; : double-cliquez sur une cellule vide, tapez le titre, appuyez sur Entrée (Échap annule). Faites glisser les fiches d'une cellule à l'autre, ou déplacez celles qui sont sélectionnées avec les flèches du clavier.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Draw the emotion curve&lt;/b&gt;: double-click the emotion lane, or right-click it, or Map ▸ Add Emotion Point; drag a face up or down to change the score.</source>
        <translation>&lt;b&gt;Tracez la courbe d'émotion&lt;/b&gt; : double-cliquez sur le couloir des émotions, ou cliquez-y avec le bouton droit, ou Parcours ▸ Ajouter un point d'émotion ; faites glisser un visage vers le haut ou le bas pour changer le score.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Connect cards&lt;/b&gt; with arrows: Alt+drag from one card to another, or Map ▸ Connect Cards (Ctrl+K) for one arrow.</source>
        <translation>&lt;b&gt;Reliez les fiches&lt;/b&gt; par des flèches : Alt+glisser d'une fiche à une autre, ou Parcours ▸ Relier des fiches (Ctrl+K) pour une flèche.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Describe who travels&lt;/b&gt;: the Personas panel (View ▸ Panels) holds their goals, frustrations and channels; the Inspector edits whatever is selected.</source>
        <translation>&lt;b&gt;Décrivez qui voyage&lt;/b&gt; : le panneau Personas (Affichage ▸ Panneaux) réunit leurs objectifs, frustrations et canaux ; l'Inspecteur modifie ce qui est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>&lt;b&gt;Share it&lt;/b&gt;: File ▸ Export… (Ctrl+E) writes PNG, SVG, a PDF report or a PowerPoint deck; Present (F5) shows the map full screen, one stage at a time.</source>
        <translation>&lt;b&gt;Partagez-le&lt;/b&gt; : Fichier ▸ Exporter… (Ctrl+E) produit un PNG, un SVG, un rapport PDF ou une présentation PowerPoint ; Présenter (F5) montre le parcours en plein écran, une étape à la fois.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>Getting started with Journey Studio</source>
        <translation>Premiers pas avec Journey Studio</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>Every change can be undone (Ctrl+Z). Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Chaque modification peut être annulée (Ctrl+Z). Aide ▸ Raccourcis clavier liste toutes les touches.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/getting_started.py"/>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start from a template&lt;/b&gt;: File ▸ New… shows them all; “Blank” starts with empty stages and lanes.</source>
        <translation type="vanished">&lt;b&gt;Partez d'un modèle&lt;/b&gt; : Fichier ▸ Nouveau… les montre tous ; « Vierge » commence avec des étapes et des couloirs vides.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start from a template&lt;/b&gt;: File ▸ New… shows them all; “Blank” gives four empty stages.</source>
        <translation type="vanished">&lt;b&gt;Partez d'un modèle&lt;/b&gt; : Fichier ▸ Nouveau… les montre tous ; « Vierge » donne quatre étapes vides.</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../journey_studio/canvas/inline_editor.py"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Negative streak</source>
        <translation>Série négative</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Biggest funnel drop</source>
        <translation>Plus forte perte du tunnel</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Pain point without an opportunity</source>
        <translation>Irritant sans opportunité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Stage without touchpoints</source>
        <translation>Étape sans point de contact</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Opportunity without an owner</source>
        <translation>Opportunité sans responsable</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Channels of a stage</source>
        <translation>Canaux d'une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Insights shown</source>
        <translation>Enseignements affichés</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>All insights</source>
        <translation>Tous les enseignements</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>High and medium</source>
        <translation>Élevés et moyens</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>High only</source>
        <translation>Élevés seulement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>No map</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>No insights</source>
        <translation>Aucun enseignement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>{high} high, {medium} medium, {low} for information</source>
        <translation>{high} élevés, {medium} moyens, {low} pour information</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/insights_panel.py"/>
        <source>Nothing stands out at this level. Add emotions, stage figures, pain points and opportunities: the insights follow the map.</source>
        <translation>Rien ne ressort à ce niveau. Ajoutez des émotions, les chiffres des étapes, des irritants et des opportunités : les enseignements suivent le parcours.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Online or offline</source>
        <translation>En ligne ou hors ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Whether this step happens online; by default the channel decides</source>
        <translation>Si cette étape se passe en ligne ; par défaut, le canal en décide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>The team responsible for this step</source>
        <translation>L'équipe responsable de cette étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>The emotion must be between {minimum} and {maximum}, the scale of this map.</source>
        <translation>L'émotion doit être comprise entre {minimum} et {maximum}, l'échelle de ce parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>How the customer feels at this step; leave empty when unknown</source>
        <translation>Ce que ressent le client à cette étape ; laisser vide si on ne le sait pas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Use the stage colour again</source>
        <translation>Reprendre la couleur de l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Card colour</source>
        <translation>Couleur de la fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>This step decides whether the customer goes on</source>
        <translation>Cette étape décide si le client poursuit</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Evidence source</source>
        <translation>Source des preuves</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Where what this card says comes from</source>
        <translation>D'où vient ce qu'affirme cette fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Evidence reference</source>
        <translation>Référence de la preuve</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>A study, dashboard or ticket query a colleague can find again</source>
        <translation>Une étude, un tableau de bord ou une requête de tickets qu'un collègue saura retrouver</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>As the channel implies</source>
        <translation>Selon le canal</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>As the channel implies (offline)</source>
        <translation>Selon le canal (hors ligne)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <source>As the channel implies (online)</source>
        <translation>Selon le canal (en ligne)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/card_form.py"/>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>{minimum} to {maximum}</source>
        <translation>de {minimum} à {maximum}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Mobile app</source>
        <translation>Appli mobile</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Search engine</source>
        <translation>Moteur de recherche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Print</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Web analytics</source>
        <translation>Analytique web</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>CRM data</source>
        <translation>Données CRM</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Support tickets</source>
        <translation>Tickets de support</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Assumption (not checked)</source>
        <translation>Hypothèse (non vérifiée)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Lead generation</source>
        <translation>Génération de leads</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Loyalty</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Impulse</source>
        <translation>Achat d'impulsion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Planned</source>
        <translation>Achat planifié</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Reactive</source>
        <translation>Achat réactif</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Current state (as is)</source>
        <translation>État actuel (tel quel)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Future state (to be)</source>
        <translation>État futur (cible)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Goes back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Skips ahead</source>
        <translation>Saut d'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Heart</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Light bulb</source>
        <translation>Ampoule</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Megaphone</source>
        <translation>Mégaphone</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/choices.py"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <source>Arrow kind</source>
        <translation>Type de flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <source>Whether the customer goes on, goes back or skips ahead</source>
        <translation>Si le client poursuit, revient en arrière ou saute une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <source>Arrow label</source>
        <translation>Étiquette de la flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <source>(missing card)</source>
        <translation>(fiche manquante)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/connector_form.py"/>
        <source>From “{source}” to “{target}”</source>
        <translation>De « {source} » à « {target} »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>A word for the feeling, shown next to the point</source>
        <translation>Un mot pour le ressenti, affiché près du point</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>The score must be between {minimum} and {maximum}, the scale of this map.</source>
        <translation>Le score doit être compris entre {minimum} et {maximum}, l'échelle de ce parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>How the customer feels: low is frustrated, high is delighted</source>
        <translation>Ce que ressent le client : bas, il est frustré ; haut, il est ravi</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>Whose curve this point belongs to</source>
        <translation>La courbe à laquelle appartient ce point</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>The card the point sits above; without one it is spread within its stage</source>
        <translation>La fiche au-dessus de laquelle se place le point ; sans fiche, il est réparti dans son étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (manquant)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>None (spread within its stage)</source>
        <translation>Aucune (réparti dans son étape)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/emotion_form.py"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/fields.py"/>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/fields.py"/>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/fields.py"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Select a card, a stage, a lane, an emotion point or an arrow on the map to see and edit its details here.</source>
        <translation>Sélectionnez une fiche, une étape, un couloir, un point d'émotion ou une flèche sur le parcours pour en voir et modifier les détails ici.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Map properties</source>
        <translation>Propriétés du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Edit the title, personas, scenario and emotion scale of the map</source>
        <translation>Modifier le titre, les personas, le scénario et l'échelle d'émotion du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Emotion point</source>
        <translation>Point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Map</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/inspector.py"/>
        <source>Last changed by {name}</source>
        <translation>Modifié en dernier par {name}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>Lane kind</source>
        <translation>Type de couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>What the cards of this lane describe</source>
        <translation>Ce que décrivent les fiches de ce couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>Height (px)</source>
        <translation>Hauteur (px)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>The height must be between {minimum} and {maximum} pixels.</source>
        <translation>La hauteur doit être comprise entre {minimum} et {maximum} pixels.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>Minimum height in pixels</source>
        <translation>Hauteur minimale en pixels</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>The lane grows beyond this height to fit its fullest cell</source>
        <translation>Le couloir s'agrandit au-delà de cette hauteur pour contenir sa cellule la plus remplie</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/lane_form.py"/>
        <source>Shown on the map</source>
        <translation>Affiché sur le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Map title</source>
        <translation>Titre du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Journey type</source>
        <translation>Type de parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Purchase pattern</source>
        <translation>Comportement d'achat</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>How customers decide to buy</source>
        <translation>Comment les clients décident d'acheter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Map state</source>
        <translation>État du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Whether the map shows the journey today or as it should become</source>
        <translation>Si la carte du parcours montre le parcours d'aujourd'hui ou celui qu'il devrait devenir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Personas on this map</source>
        <translation>Personas de ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>The situation the journey starts from</source>
        <translation>La situation de départ du parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Emotion scale</source>
        <translation>Échelle d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Lowest emotion score</source>
        <translation>Score d'émotion le plus bas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Highest emotion score</source>
        <translation>Score d'émotion le plus haut</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>Scores go from -100 to 100.</source>
        <translation>Les scores vont de -100 à 100.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>The lowest score must be below the highest ({low} ≥ {high}).</source>
        <translation>Le score le plus bas doit être inférieur au plus haut ({low} ≥ {high}).</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>The scale may span at most {span} steps.</source>
        <translation>L'échelle peut compter au plus {span} pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/inspector/map_form.py"/>
        <source>%n emotion(s) on this map would fall outside {low}…{high}; change them first.</source>
        <translation>
            <numerusform>%n émotion de ce parcours sortirait de {low}…{high} ; modifiez-la d'abord.</numerusform>
            <numerusform>%n émotions de ce parcours sortiraient de {low}…{high} ; modifiez-les d'abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Customer goal</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>What the customer wants to achieve in this stage</source>
        <translation>Ce que le client veut accomplir à cette étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Stage colour</source>
        <translation>Couleur de l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>The width must be between {minimum} and {maximum} pixels.</source>
        <translation>La largeur doit être comprise entre {minimum} et {maximum} pixels.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Entered</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Customers who enter the stage</source>
        <translation>Clients qui entrent dans l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>How many customers enter this stage</source>
        <translation>Combien de clients entrent dans cette étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Customers who complete the stage</source>
        <translation>Clients qui terminent l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>How many customers complete this stage</source>
        <translation>Combien de clients terminent cette étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Completion (%)</source>
        <translation>Achèvement (%)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>The completion rate must be between {minimum} and {maximum} %.</source>
        <translation>Le taux d'achèvement doit être compris entre {minimum} et {maximum} %.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>Completion rate in percent</source>
        <translation>Taux d'achèvement en pourcentage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>The share of customers who complete this stage, when the counts are unknown</source>
        <translation>La part des clients qui terminent cette étape, quand on n'en connaît pas les effectifs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>A number of customers cannot be negative.</source>
        <translation>Un nombre de clients ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>More customers would complete the stage ({completed}) than enter it ({entered}).</source>
        <translation>Plus de clients termineraient l'étape ({completed}) qu'il n'en entre ({entered}).</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>{name} (missing)</source>
        <translation>{name} (manquant)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/stage_form.py"/>
        <source>The counts give a completion rate of {rate} %; it is the one the map shows.</source>
        <translation>Les effectifs donnent un taux d'achèvement de {rate} % ; c'est celui que montre le parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Verified today</source>
        <translation>Vérifiée aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Not verified: clear the date</source>
        <translation>Non vérifiée : effacer la date</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/inspector/widgets.py"/>
        <source>Clear the verification date</source>
        <translation>Effacer la date de vérification</translation>
    </message>
    <message>
        <source>{count} emotion(s) on this map would fall outside {low}…{high}; change them first.</source>
        <translation type="vanished">{count} émotion(s) de ce parcours sortiraient de {low}…{high} ; modifiez-les d'abord.</translation>
    </message>
</context>
<context>
    <name>JourneyFileError</name>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <source>{path}: {problem}</source>
        <translation>{path} : {problem}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <source>permission denied ({strerror}); save somewhere else, or ask for write access to {folder}</source>
        <translation>permission refusée ({strerror}) ; enregistrez ailleurs, ou demandez l'accès en écriture à {folder}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <source>the disk is full ({strerror}); free some space or save somewhere else</source>
        <translation>le disque est plein ({strerror}) ; libérez de la place ou enregistrez ailleurs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <source>your disk quota is used up ({strerror}); free some space or save somewhere else</source>
        <translation>votre quota de disque est épuisé ({strerror}) ; libérez de la place ou enregistrez ailleurs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <source>the disk is read-only ({strerror}); save somewhere else</source>
        <translation>le disque est en lecture seule ({strerror}) ; enregistrez ailleurs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/errors.py"/>
        <location filename="../../journey_studio/io/files.py"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>written by a newer Journey Studio (file format {version}; this version reads up to {supported}). Update Journey Studio to open it.</source>
        <translation>a été écrit par une version plus récente de Journey Studio (format de fichier {version} ; cette version lit jusqu'au format {supported}). Mettez Journey Studio à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>not a journey map file ({reason})</source>
        <translation>n'est pas un fichier de parcours ({reason})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>not a valid journey map file</source>
        <translation>n'est pas un fichier de parcours valide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is nested too deeply to be a journey map</source>
        <translation>est imbriqué trop profondément pour être un parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>the map refers to things that are not there</source>
        <translation>le parcours fait référence à des éléments qui n'existent pas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not a regular file; choose another name</source>
        <translation>n'est pas un fichier ordinaire ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>another window or program is saving this file right now; try again</source>
        <translation>une autre fenêtre ou un autre programme enregistre ce fichier en ce moment ; réessayez</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>{folder} is no longer a folder (a file has taken its name); nothing was written: save somewhere else</source>
        <translation>{folder} n'est plus un dossier (un fichier a pris son nom) ; rien n'a été écrit : enregistrez ailleurs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>was changed by another program since you opened or last saved it; saving now would overwrite those changes</source>
        <translation>a été modifié par un autre programme depuis que vous l'avez ouvert ou enregistré ; enregistrer maintenant écraserait ces modifications</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>the map holds a value that cannot be written ({reason}); nothing was saved</source>
        <translation>le parcours contient une valeur qui ne peut pas être écrite ({reason}) ; rien n'a été enregistré</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>the map has a problem that would stop it from opening again, so it was not saved and the file on disk was left as it was: {problem}</source>
        <translation>le parcours a un problème qui l'empêcherait de s'ouvrir à nouveau : il n'a pas été enregistré et le fichier sur le disque n'a pas été modifié : {problem}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is a folder; choose another name</source>
        <translation>est un dossier ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is read-only, so it was not changed; use Save As to save a copy under another name</source>
        <translation>est en lecture seule et n'a donc pas été modifié ; utilisez Enregistrer sous pour enregistrer une copie sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>was written by a newer Journey Studio (file format {version}); saving over it would lose what this version does not know. Use Save As to choose another name.</source>
        <translation>a été écrit par une version plus récente de Journey Studio (format de fichier {version}) ; l'écraser perdrait ce que cette version ne connaît pas. Utilisez Enregistrer sous pour choisir un autre nom.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not a file</source>
        <translation>n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is too large to be a journey map ({size} MB; the limit is {limit} MB)</source>
        <translation>est trop volumineux pour être un parcours ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not UTF-8 text (bad byte at position {position})</source>
        <translation>n'est pas un texte UTF-8 (octet invalide à la position {position})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>holds too many items to be a journey map (about {items}; the limit is {limit})</source>
        <translation>contient trop d'éléments pour être un parcours (environ {items} ; la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>n'est pas du JSON valide : {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not a valid journey map file: the key {key} appears twice in one object (a merge gone wrong?); keep one of them</source>
        <translation>n'est pas un fichier de parcours valide : la clé {key} apparaît deux fois dans un même objet (une fusion qui a mal tourné ?) ; gardez-en une seule</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is not valid JSON: {reason}</source>
        <translation>n'est pas du JSON valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>is JSON, but not a journey map (expected an object at the top)</source>
        <translation>est du JSON, mais pas un parcours (un objet était attendu au premier niveau)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/io/files.py"/>
        <source>the persona {name} (personas[{index}]) cannot be opened: {problem}. Remove the image from the file, or choose it again in Journey Studio.</source>
        <translation>le persona {name} (personas[{index}]) ne peut pas être ouvert : {problem}. Retirez l'image du fichier, ou choisissez-la à nouveau dans Journey Studio.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../journey_studio/i18n.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../journey_studio/i18n.py"/>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../journey_studio/i18n.py"/>
        <source>The interface follows the system's language</source>
        <translation>L'interface suit la langue du système</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Share &amp;Live…</source>
        <translation>Partager en &amp;direct…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Let colleagues on your network edit this map with you</source>
        <translation>Permettre à vos collègues du réseau de modifier ce parcours avec vous</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>&amp;Join Live Session…</source>
        <translation>Re&amp;joindre une session en direct…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Edit a map a colleague shares, with them</source>
        <translation>Modifier avec un collègue le parcours qu'il partage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Share Live</source>
        <translation>Partager en direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Leave the live session you joined first.</source>
        <translation>Quittez d'abord la session en direct que vous avez rejointe.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Cannot share this map</source>
        <translation>Impossible de partager ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Could not save: {problem}</source>
        <translation>Enregistrement impossible : {problem}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Sharing started</source>
        <translation>Partage commencé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Join a Live Session</source>
        <translation>Rejoindre une session en direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Stop the current live session first.</source>
        <translation>Arrêtez d'abord la session en direct en cours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>This room holds no map yet.</source>
        <translation>Cette salle ne contient encore aucun parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Joined the room</source>
        <translation>Salle rejointe</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>Live session ended</source>
        <translation>Session en direct terminée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/controller.py"/>
        <source>{name} joined</source>
        <translation>{name} a rejoint la salle</translation>
    </message>
</context>
<context>
    <name>LiveDialogs</name>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Share Live</source>
        <translation>Partager en direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Colleagues on your network open File ▸ Join Live Session… and paste a link. The map is saved here, in your file, as they edit.</source>
        <translation>Vos collègues du réseau ouvrent Fichier ▸ Rejoindre une session en direct… et collent un lien. Le parcours est enregistré ici, dans votre fichier, au fil de leurs modifications.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Computer:</source>
        <translation>Ordinateur :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>To edit:</source>
        <translation>Pour modifier :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>To view only:</source>
        <translation>Pour consulter seulement :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Encrypted; the link names the certificate to trust (…{fingerprint}).</source>
        <translation>Chiffré ; le lien indique le certificat auquel se fier (…{fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Not encrypted: use on a trusted network</source>
        <translation>Non chiffré : à utiliser sur un réseau de confiance</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>What every computer on this network can see in its Join dialog</source>
        <translation>Ce que chaque ordinateur du réseau voit dans sa fenêtre Rejoindre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>The link to edit, as a QR code</source>
        <translation>Le lien pour modifier, en code QR</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>On this network:</source>
        <translation>Sur ce réseau :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Stop Sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Not announced</source>
        <translation>Non annoncée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Listed, link needed</source>
        <translation>Annoncée, lien nécessaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Listed, anyone can view</source>
        <translation>Annoncée, chacun peut consulter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Listed, anyone can edit</source>
        <translation>Annoncée, chacun peut modifier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Only the people you give a link to know this session exists.</source>
        <translation>Seules les personnes à qui vous donnez un lien savent que cette session existe.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Computers on this network see the map's title and your name in File ▸ Join Live Session…; joining still needs the link.</source>
        <translation>Les ordinateurs de ce réseau voient le titre du parcours et votre nom dans Fichier ▸ Rejoindre une session en direct… ; il faut encore le lien pour la rejoindre.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Anyone on this network can watch from File ▸ Join Live Session…, without the link.</source>
        <translation>Chacun sur ce réseau peut suivre depuis Fichier ▸ Rejoindre une session en direct…, sans le lien.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Anyone on this network can edit from File ▸ Join Live Session…, without the link: choose it only where everyone on the network is invited.</source>
        <translation>Chacun sur ce réseau peut modifier depuis Fichier ▸ Rejoindre une session en direct…, sans le lien : à choisir seulement là où tout le réseau est invité.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Join a Live Session</source>
        <translation>Rejoindre une session en direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Sessions on this network:</source>
        <translation>Sessions sur ce réseau :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Sessions on this network</source>
        <translation>Sessions sur ce réseau</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Cannot look for sessions on this network: {problem}</source>
        <translation>Impossible de chercher des sessions sur ce réseau : {problem}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Your colour:</source>
        <translation>Votre couleur :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>If the room is empty, put my open map in it</source>
        <translation>Si la salle est vide, y mettre mon parcours ouvert</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>None found yet. You can paste the link the host gives you.</source>
        <translation>Aucune trouvée pour l'instant. Vous pouvez coller le lien que l'hôte vous donne.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>This session is announced without its token: paste the host's link (on the projector, or in its QR code), or type the token at the end.</source>
        <translation>Cette session est annoncée sans son jeton : collez le lien de l'hôte (au projecteur ou dans son code QR), ou tapez le jeton à la fin.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>This link cannot be used: {reason}.</source>
        <translation>Ce lien ne peut pas être utilisé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>anyone can edit</source>
        <translation>chacun peut modifier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>view only</source>
        <translation>consultation seule</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>link needed</source>
        <translation>lien nécessaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>Untitled map</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>{map} — hosted by {name} · {access}</source>
        <translation>{map} — hébergé par {name} · {access}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>this is not a link</source>
        <translation>ce n'est pas un lien</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>a room link starts with journey://</source>
        <translation>un lien de salle commence par journey://</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link names no computer</source>
        <translation>le lien n'indique aucun ordinateur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link names no port</source>
        <translation>le lien n'indique aucun port</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link names no room</source>
        <translation>le lien n'indique aucune salle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link has no valid token</source>
        <translation>le lien n'a pas de jeton valide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link's access must be edit or view</source>
        <translation>l'accès du lien doit être edit (modifier) ou view (consulter)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>the link's certificate fingerprint is not valid</source>
        <translation>l'empreinte du certificat du lien n'est pas valide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/dialogs.py"/>
        <source>a wss:// link needs the certificate fingerprint (tls=…)</source>
        <translation>un lien wss:// doit indiquer l'empreinte du certificat (tls=…)</translation>
    </message>
    <message>
        <source>Listed without the link: joiners still need it</source>
        <translation type="vanished">Annoncée sans le lien : il faut encore le lien pour la rejoindre</translation>
    </message>
    <message>
        <source>Listed with the view-only link: anyone here can watch</source>
        <translation type="vanished">Annoncée avec le lien de consultation : chacun ici peut regarder</translation>
    </message>
    <message>
        <source>Listed with the edit link: anyone here can edit</source>
        <translation type="vanished">Annoncée avec le lien de modification : chacun ici peut modifier</translation>
    </message>
    <message>
        <source>Colleagues on your network paste a link into File ▸ Join…. The map is saved here, in your file, as they edit.</source>
        <translation type="vanished">Vos collègues du réseau collent un lien dans Fichier ▸ Rejoindre…. Le parcours est enregistré ici, dans votre fichier, au fil de leurs modifications.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Stage kept: “{subject}” ({by} added {detail} to it while it was deleted)</source>
        <translation>Étape gardée : « {subject} » ({by} y a ajouté {detail} pendant sa suppression)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Lane kept: “{subject}” ({by} added {detail} to it while it was deleted)</source>
        <translation>Couloir gardé : « {subject} » ({by} y a ajouté {detail} pendant sa suppression)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Arrow removed: its card “{subject}” was deleted</source>
        <translation>Flèche retirée : sa fiche « {subject} » a été supprimée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Link cleared on “{subject}”: what it pointed to was deleted</source>
        <translation>Lien effacé sur « {subject} » : sa cible a été supprimée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Emotion scale of “{subject}” set to {detail}: both bounds were changed at once</source>
        <translation>Échelle d'émotion de « {subject} » fixée à {detail} : les deux bornes ont changé en même temps</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Score of “{subject}” brought into the scale ({detail})</source>
        <translation>Score de « {subject} » ramené dans l'échelle ({detail})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Text of “{subject}” cut to its limit</source>
        <translation>Texte de « {subject} » coupé à sa limite</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>{detail} beyond the limit removed from “{subject}”</source>
        <translation>{detail} au-delà de la limite retirés de « {subject} »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/panel.py"/>
        <source>“{title}” last changed by {name}</source>
        <translation>« {title} » modifié en dernier par {name}</translation>
    </message>
</context>
<context>
    <name>LivePresence</name>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Live · %n person(people)</source>
        <translation>
            <numerusform>En direct · %n personne</numerusform>
            <numerusform>En direct · %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Offline: your changes will merge</source>
        <translation>Hors ligne : vos modifications seront fusionnées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>the room said no</source>
        <translation>la salle a refusé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>Not live</source>
        <translation>Pas en direct</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>view only</source>
        <translation>consultation seule</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/live/presence.py"/>
        <source>typing</source>
        <translation>en train d'écrire</translation>
    </message>
    <message numerus="yes">
        <source>Live · %n person(s)</source>
        <translation type="vanished">
            <numerusform>En direct · %n personne</numerusform>
            <numerusform>En direct · %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../journey_studio/collab/binding.py"/>
        <source>you joined this live session to view it: changes are not possible</source>
        <translation>vous avez rejoint cette session en direct pour la consulter : aucune modification n'est possible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Cannot open the map</source>
        <translation>Impossible d'ouvrir le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Cannot save the map</source>
        <translation>Impossible d'enregistrer le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>{problem}

The map is still open with all your changes: try again, or use Save As to save it somewhere else.</source>
        <translation>{problem}

Le parcours reste ouvert avec toutes vos modifications : réessayez, ou utilisez « Enregistrer sous » pour l'enregistrer ailleurs.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Saved {path}, but no backup of the previous version could be kept: {problem}</source>
        <translation>{path} enregistré, mais aucune sauvegarde de la version précédente n'a pu être conservée : {problem}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Imported %n card(s) from {name}</source>
        <translation>
            <numerusform>%n fiche importée depuis {name}</numerusform>
            <numerusform>%n fiches importées depuis {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Imported with remarks</source>
        <translation>Import avec remarques</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>{name}: %n card(s) imported; {left} lines or rows left out and {changed} things changed on the way.</source>
        <translation>
            <numerusform>{name} : %n fiche importée ; {left} lignes écartées et {changed} éléments modifiés au passage.</numerusform>
            <numerusform>{name} : %n fiches importées ; {left} lignes écartées et {changed} éléments modifiés au passage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Cannot copy the map</source>
        <translation>Copie du parcours impossible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Copied %n card(s) as an image</source>
        <translation>
            <numerusform>%n fiche copiée comme image</numerusform>
            <numerusform>%n fiches copiées comme image</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Copied the map as an image</source>
        <translation>Parcours copié comme image</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/document_controller.py"/>
        <source>Cannot export the map</source>
        <translation>Impossible d'exporter le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;Map</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;New from Template</source>
        <translation>&amp;Nouveau d'après un modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>A new map from the template “{name}”</source>
        <translation>Un nouveau parcours d'après le modèle « {name} »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&amp;Panels</source>
        <translation>Pann&amp;eaux</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Map:</source>
        <translation>Parcours :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Evidence Review</source>
        <translation>Revue des preuves</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Before and After</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Drag from one card to another to draw an arrow; Esc leaves</source>
        <translation>Glissez d'une fiche à une autre pour tracer une flèche ; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Copy Selection as &amp;Image</source>
        <translation>Copier la sélection comme &amp;image</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>Copy Map as &amp;Image</source>
        <translation>Copier le parcours comme &amp;image</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>About Journey Studio</source>
        <translation>À propos de Journey Studio</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/main_window.py"/>
        <source>&lt;b&gt;Journey Studio&lt;/b&gt; {version}&lt;br&gt;An editor for customer journey maps.</source>
        <translation>&lt;b&gt;Journey Studio&lt;/b&gt; {version}&lt;br&gt;Un éditeur de cartes de parcours client.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/map_picker.py"/>
        <source>Map</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/map_picker.py"/>
        <source>The map of this workspace shown on the canvas</source>
        <translation>Le parcours de cet espace de travail affiché sur le canevas</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="vanished">Nouveau parcours</translation>
    </message>
    <message>
        <source>Imported {count} cards from {name}</source>
        <translation type="vanished">{count} fiches importées depuis {name}</translation>
    </message>
    <message>
        <source>{name}: {count} cards imported; {left} lines or rows left out and {changed} things changed on the way.</source>
        <translation type="vanished">{name} : {count} fiches importées ; {left} lignes écartées et {changed} éléments modifiés au passage.</translation>
    </message>
    <message>
        <source>Copied {count} cards as an image</source>
        <translation type="vanished">{count} fiches copiées comme image</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>New Map in This Workspace</source>
        <translation type="vanished">Nouveau parcours dans cet espace de travail</translation>
    </message>
    <message>
        <source>Delete This Map</source>
        <translation type="vanished">Supprimer ce parcours</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../journey_studio/ui/map_controller.py"/>
        <source>Add a stage and a lane first</source>
        <translation>Ajoutez d'abord une étape et un couloir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/map_controller.py"/>
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n fiche copiée</numerusform>
            <numerusform>%n fiches copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/map_controller.py"/>
        <source>The clipboard holds no cards</source>
        <translation>Le presse-papiers ne contient aucune fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/map_controller.py"/>
        <source>Add a stage first</source>
        <translation>Ajoutez d'abord une étape</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="vanished">Nouvelle fiche</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="vanished">Nouvelle étape</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation type="vanished">Nouveau couloir</translation>
    </message>
    <message>
        <source>Copied {count} card(s)</source>
        <translation type="vanished">{count} fiche(s) copiée(s)</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>icon</source>
        <translation>icône</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>customer goal</source>
        <translation>objectif du client</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>customers entering</source>
        <translation>clients entrants</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>customers completing</source>
        <translation>clients qui terminent</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>completion rate</source>
        <translation>taux d'achèvement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>motivations</source>
        <translation>motivations</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>behaviours</source>
        <translation>comportements</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>data sources</source>
        <translation>sources des données</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>market</source>
        <translation>marché</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>company goals</source>
        <translation>objectifs de l'entreprise</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>customer expectations</source>
        <translation>attentes des clients</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>last verified</source>
        <translation>dernière vérification</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: at most %n character(s)</source>
        <translation>
            <numerusform>{field} : %n caractère au plus</numerusform>
            <numerusform>{field} : %n caractères au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: at most %n item(s)</source>
        <translation>
            <numerusform>{field} : %n élément au plus</numerusform>
            <numerusform>{field} : %n éléments au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: at least {limit}</source>
        <translation>{field} : au moins {limit}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: more than {limit}</source>
        <translation>{field} : plus de {limit}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: at most {limit}</source>
        <translation>{field} : au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: less than {limit}</source>
        <translation>{field} : moins de {limit}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: not in the expected form</source>
        <translation>{field} : la forme attendue n'est pas respectée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>{field}: this value is not accepted ({problem})</source>
        <translation>{field} : cette valeur n'est pas acceptée ({problem})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>there is no map to edit</source>
        <translation>il n'y a aucun parcours à modifier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>that item is no longer on this map</source>
        <translation>cet élément n'est plus sur ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>a card needs an existing stage and lane</source>
        <translation>une fiche doit être placée dans une étape et un couloir existants</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add card</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit card</source>
        <translation>Modifier la fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit evidence</source>
        <translation>Modifier les preuves</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Supprimer %n fiche</numerusform>
            <numerusform>Supprimer %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete emotion point</source>
        <translation>Supprimer le point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete arrow</source>
        <translation>Supprimer la flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>cards can only move to an existing stage and lane</source>
        <translation>une fiche ne peut aller que dans une étape et un couloir existants</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n fiche</numerusform>
            <numerusform>Déplacer %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>add a stage and a lane before pasting cards</source>
        <translation>ajoutez une étape et un couloir avant de coller des fiches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Dupliquer %n fiche</numerusform>
            <numerusform>Dupliquer %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Coller %n fiche</numerusform>
            <numerusform>Coller %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit stage</source>
        <translation>Modifier l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit stage metrics</source>
        <translation>Modifier les chiffres de l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Move stage</source>
        <translation>Déplacer l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete stage</source>
        <translation>Supprimer l'étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit lane</source>
        <translation>Modifier le couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>this map has %n emotion(s) outside {low}…{high}: change them first</source>
        <translation>
            <numerusform>ce parcours a %n émotion hors de {low}…{high} : modifiez-la d'abord</numerusform>
            <numerusform>ce parcours a %n émotions hors de {low}…{high} : modifiez-les d'abord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>the score must be between {minimum} and {maximum}</source>
        <translation>le score doit être compris entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>an emotion point needs an existing stage</source>
        <translation>un point d'émotion doit être placé dans une étape existante</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add emotion point</source>
        <translation>Ajouter un point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit emotion</source>
        <translation>Modifier l'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>an arrow joins two different cards</source>
        <translation>une flèche relie deux fiches différentes</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Connect cards</source>
        <translation>Relier des fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit arrow</source>
        <translation>Modifier la flèche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add map</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>a workspace keeps at least one map</source>
        <translation>un espace de travail garde au moins un parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete map</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>a map can only name existing personas</source>
        <translation>un parcours ne peut citer que des personas existants</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit map</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit business context</source>
        <translation>Modifier le contexte métier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>that map is no longer in the workspace</source>
        <translation>ce parcours n'est plus dans l'espace de travail</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>this map already shows a future state</source>
        <translation>ce parcours montre déjà un état futur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>this map already has a future state: “{title}”</source>
        <translation>ce parcours a déjà un état futur : « {title} »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Create future state</source>
        <translation>Créer l'état futur</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>that card is no longer on this map</source>
        <translation>cette fiche n'est plus sur ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>a comment needs some text</source>
        <translation>un commentaire doit contenir du texte</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>a comment keeps its id</source>
        <translation>un commentaire garde son identifiant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>that comment is no longer on this card</source>
        <translation>ce commentaire n'est plus sur cette fiche</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>that emotion point is no longer on this map</source>
        <translation>ce point d'émotion n'est plus sur ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/editor.py"/>
        <source>say which source confirms an assumption before marking it verified</source>
        <translation>indiquez quelle source confirme une hypothèse avant de la marquer vérifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/editor.py"/>
        <source>Mark %n item(s) verified</source>
        <translation>
            <numerusform>Marquer %n élément vérifié</numerusform>
            <numerusform>Marquer %n éléments vérifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../journey_studio/canvas/view.py"/>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>“{name}” cannot be opened: {reason}</source>
        <translation>Impossible d'ouvrir « {name} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>“{name}” is {size:.1f} MB; choose an image of at most 2 MB.</source>
        <translation>« {name} » pèse {size:.1f} Mo ; choisissez une image de 2 Mo au plus.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>« {name} » n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>“{name}” is {width} × {height} pixels; choose one of at most 4096 × 4096.</source>
        <translation>« {name} » mesure {width} × {height} pixels ; choisissez-en une de 4096 × 4096 au plus.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>“{name}” could not be read as an image ({reason}).</source>
        <translation>« {name} » n'a pas pu être lue comme une image ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Choose an avatar image</source>
        <translation>Choisir une image d'avatar</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Persona name</source>
        <translation>Nom du persona</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Shown on this map</source>
        <translation>Affiché sur ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Show this persona, and its emotion curve, on the current map</source>
        <translation>Afficher ce persona et sa courbe d'émotion sur le parcours courant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>The age must be between {minimum} and {maximum}.</source>
        <translation>L'âge doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Occupation or situation, in a few words</source>
        <translation>Métier ou situation, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Something this persona would say, in their own words</source>
        <translation>Une phrase que dirait ce persona, avec ses propres mots</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>An emoji stands for the persona when there is no image</source>
        <translation>Un emoji représente le persona quand il n'a pas d'image</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Use a PNG or JPEG picture (at most 2 MB) as the avatar</source>
        <translation>Utiliser une image PNG ou JPEG (2 Mo au plus) comme avatar</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Remove the avatar image</source>
        <translation>Retirer l'image de l'avatar</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Avatar emoji</source>
        <translation>Emoji de l'avatar</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>An avatar is one emoji or a few characters ({count} at most).</source>
        <translation>Un avatar est un emoji ou quelques caractères ({count} au plus).</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Add a persona to the workspace and show it on this map</source>
        <translation>Ajouter un persona à l'espace de travail et l'afficher sur ce parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>Delete the selected persona and its emotion curves (undo brings it back)</source>
        <translation>Supprimer le persona sélectionné et ses courbes d'émotion (Annuler le fait revenir)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>No personas yet. A persona is a semi-fictional customer built from research; add one to give the map a face.</source>
        <translation>Pas encore de persona. Un persona est un client semi-fictif construit à partir d'études ; ajoutez-en un pour donner un visage au parcours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/personas_panel.py"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journey_studio/presentation/actions.py"/>
        <source>Start &amp;Presentation</source>
        <translation>Lancer la &amp;présentation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/actions.py"/>
        <source>Present the map full screen from the beginning (F5)</source>
        <translation>Présenter le parcours en plein écran depuis le début (F5)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/actions.py"/>
        <source>Present from Current &amp;Stage</source>
        <translation>Présenter depuis l'étape &amp;courante</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/actions.py"/>
        <source>Present the map full screen from the stage in view or selected (Shift+F5)</source>
        <translation>Présenter le parcours en plein écran depuis l'étape affichée ou sélectionnée (Maj+F5)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/settings.py"/>
        <source>Presentation &amp;Screen</source>
        <translation>Écran de présentatio&amp;n</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/settings.py"/>
        <source>Automatic (the second screen when there is one)</source>
        <translation>Automatique (le second écran s'il y en a un)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/settings.py"/>
        <source>&amp;Animated Transitions</source>
        <translation>Trans&amp;itions animées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/settings.py"/>
        <source>Glide between the steps of a presentation; off, each step appears at once</source>
        <translation>Glisser d'une étape à l'autre pendant la présentation ; sinon, chaque étape apparaît aussitôt</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/view_choice.py"/>
        <source>Presentation View</source>
        <translation>Vue présentée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/view_choice.py"/>
        <source>Present &amp;View</source>
        <translation>Présenter une &amp;vue</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/view_choice.py"/>
        <source>Present the map full screen as one of its views: its lanes, stages, theme and badges</source>
        <translation>Présenter le parcours en plein écran selon l'une de ses vues : ses couloirs, étapes, thème et badges</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/view_choice.py"/>
        <source>Whole map</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Go to stage {number}</source>
        <translation>Aller à l'étape {number}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Overview of the journey “{title}”</source>
        <translation>Vue d'ensemble du parcours « {title} »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Stage {number} of {count}: {name}</source>
        <translation>Étape {number} sur {count} : {name}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>(page {page} of {pages})</source>
        <translation>(page {page} sur {pages})</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Press F1 for the keys</source>
        <translation>Appuyez sur F1 pour voir les touches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Keys while presenting</source>
        <translation>Touches pendant la présentation</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Right, Down, Space, Page Down, N, Enter or a click</source>
        <translation>Droite, Bas, Espace, Page suiv., N, Entrée ou un clic</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Left, Up, Page Up, P, Backspace or a right click</source>
        <translation>Gauche, Haut, Page préc., P, Retour arrière ou un clic droit</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>First, last</source>
        <translation>Début, fin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Home, End</source>
        <translation>Origine, Fin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Go to a stage</source>
        <translation>Aller à une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>its number, then Enter</source>
        <translation>son numéro, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Black screen, white screen</source>
        <translation>Écran noir, écran blanc</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>B or . , W or ,</source>
        <translation>B ou . , W ou ,</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Laser pointer</source>
        <translation>Pointeur laser</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Choose a view</source>
        <translation>Choisir une vue</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Spotlight a card</source>
        <translation>Mettre une fiche en lumière</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>click it</source>
        <translation>cliquez dessus</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>F1 shows or hides it</source>
        <translation>F1 l'affiche ou la masque</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/presentation/window.py"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenting&lt;/b&gt;&lt;br&gt;Next: Right, Down, Space, Page Down, N, Enter or a click&lt;br&gt;Previous: Left, Up, Page Up, P, Backspace or a right click&lt;br&gt;First and last: Home, End · Go to a stage: its number, then Enter&lt;br&gt;Black screen: B or . · White screen: W or , · Laser pointer: L&lt;br&gt;Click a card to spotlight it · Esc leaves · F1 shows or hides this help</source>
        <translation type="vanished">&lt;b&gt;Présentation&lt;/b&gt;&lt;br&gt;Suivant : Droite, Bas, Espace, Page suiv., N, Entrée ou un clic&lt;br&gt;Précédent : Gauche, Haut, Page préc., P, Retour arrière ou un clic droit&lt;br&gt;Début et fin : Origine, Fin · Aller à une étape : son numéro, puis Entrée&lt;br&gt;Écran noir : B ou . · Écran blanc : W ou , · Pointeur laser : L&lt;br&gt;Cliquez sur une fiche pour la mettre en lumière · Échap pour quitter · F1 affiche ou masque cette aide</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Journey Studio closed before “{name}” was saved. A copy of your changes from {when} can be restored.</source>
        <translation>Journey Studio s'est fermé avant l'enregistrement de « {name} ». Une copie de vos modifications datant de {when} peut être restaurée.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Saved file: {path}</source>
        <translation>Fichier enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>A recovery copy of “{name}” from {when} is damaged and cannot be restored: {problem}
It is kept in {location} until you discard it.</source>
        <translation>Une copie de récupération de « {name} » datant de {when} est endommagée et ne peut pas être restaurée : {problem}
Elle est conservée dans {location} jusqu'à ce que vous la supprimiez.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Open the recovered copy; save it to keep it</source>
        <translation>Ouvrir la copie récupérée ; enregistrez-la pour la garder</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>List what the copy changes compared with the saved file</source>
        <translation>Lister ce que la copie change par rapport au fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Delete the recovered copy; the saved file stays as it is</source>
        <translation>Supprimer la copie récupérée ; le fichier enregistré reste tel quel</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/recovery_dialog.py"/>
        <source>Keep the copy and ask again at the next start</source>
        <translation>Garder la copie et redemander au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Maximum age of evidence</source>
        <translation>Âge maximal des preuves</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Evidence checked longer ago than this needs checking again</source>
        <translation>Les preuves vérifiées il y a plus longtemps doivent être revérifiées</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Check again after</source>
        <translation>Revérifier après</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Evidence to review</source>
        <translation>Preuves à revoir</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Confirmed by</source>
        <translation>Confirmé par</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>The research that confirms the selected items; an assumption needs one</source>
        <translation>L'étude qui confirme les éléments sélectionnés ; une hypothèse en a besoin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Mark Verified Today</source>
        <translation>Marquer vérifié aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Record that the selected items were checked today (one undo step)</source>
        <translation>Noter que les éléments sélectionnés ont été vérifiés aujourd'hui (une seule étape d'annulation)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Same source as before</source>
        <translation>Même source qu'avant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Emotion: {label}</source>
        <translation>Émotion : {label}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>(untitled card)</source>
        <translation>(fiche sans titre)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Never checked</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>{days} days ago</source>
        <translation>il y a {days} jours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>{source}, never checked</source>
        <translation>{source}, jamais vérifié</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>{source}, last checked on {date}</source>
        <translation>{source}, vérifié le {date}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>No map</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>This map has no cards yet.</source>
        <translation>Ce parcours n'a pas encore de fiches.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Evidence coverage: {percent} % — {backed} of {total} cards rest on data checked in the last {days} days.</source>
        <translation>Couverture des preuves : {percent} % — {backed} fiches sur {total} reposent sur des données vérifiées ces {days} derniers jours.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Nothing to review: every card and emotion rests on data checked recently.</source>
        <translation>Rien à revoir : chaque fiche et chaque émotion reposent sur des données vérifiées récemment.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>The selection holds assumptions: choose the source that confirms them.</source>
        <translation>La sélection contient des hypothèses : choisissez la source qui les confirme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/review_panel.py"/>
        <source>Select what you checked, then mark it verified.</source>
        <translation>Sélectionnez ce que vous avez vérifié, puis marquez-le comme vérifié.</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="vanished">{count} sélectionnés</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../../journey_studio/ui/save_conflict_dialog.py"/>
        <source>The file changed on disk</source>
        <translation>Le fichier a changé sur le disque</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/save_conflict_dialog.py"/>
        <source>“{name}” was changed by another program since you opened or last saved it.</source>
        <translation>« {name} » a été modifié par un autre programme depuis que vous l'avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/save_conflict_dialog.py"/>
        <source>Overwrite replaces those changes with yours (the replaced version is kept as a backup in the .journey-backups folder). Save As keeps both.</source>
        <translation>Écraser remplace ces modifications par les vôtres (la version remplacée est gardée en sauvegarde dans le dossier .journey-backups). Enregistrer sous garde les deux.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/save_conflict_dialog.py"/>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/save_conflict_dialog.py"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Add a card in an empty cell</source>
        <translation>Ajouter une fiche dans une cellule vide</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Keep or cancel the text being typed</source>
        <translation>Garder ou annuler le texte en cours de saisie</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Enter, Esc</source>
        <translation>Entrée, Échap</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Move the selected cards to the next cell</source>
        <translation>Déplacer les fiches sélectionnées vers la cellule voisine</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Arrow keys</source>
        <translation>Flèches du clavier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Put a dragged card back</source>
        <translation>Remettre en place une fiche en cours de glissement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Esc during the drag</source>
        <translation>Échap pendant le glissement</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Draw an arrow between two cards</source>
        <translation>Tracer une flèche entre deux fiches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Alt+drag</source>
        <translation>Alt+glisser</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Leave connect mode</source>
        <translation>Quitter le mode liaison</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Add an emotion point</source>
        <translation>Ajouter un point d'émotion</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Double-click the emotion lane</source>
        <translation>Double-clic sur le couloir des émotions</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Pan</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Middle-button drag, Space+drag, wheel</source>
        <translation>Glisser avec le bouton du milieu, Espace+glisser, molette</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Right, Down, Space, Page Down, N</source>
        <translation>Droite, Bas, Espace, Page suiv., N</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Left, Up, Page Up, P, Backspace</source>
        <translation>Gauche, Haut, Page préc., P, Retour arrière</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>First, last</source>
        <translation>Début, fin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Home, End</source>
        <translation>Origine, Fin</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Go to a stage</source>
        <translation>Aller à une étape</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Its number, then Enter</source>
        <translation>Son numéro, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Black or white screen</source>
        <translation>Écran noir ou blanc</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>B or ., W or ,</source>
        <translation>B ou ., W ou ,</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Laser pointer</source>
        <translation>Pointeur laser</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Choose a view</source>
        <translation>Choisir une vue</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Show the keys</source>
        <translation>Afficher les touches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>On the map</source>
        <translation>Sur le parcours</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/shortcuts_dialog.py"/>
        <source>Presenting</source>
        <translation>En présentation</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>New from Template</source>
        <translation>Nouveau à partir d'un modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Template language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>The language the new map is written in</source>
        <translation>La langue dans laquelle le nouveau parcours est rédigé</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>{title} (yours)</source>
        <translation>{title} (le vôtre)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Your template, saved in {folder}</source>
        <translation>Votre modèle, enregistré dans {folder}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Stages: {stages}</source>
        <translation>Étapes : {stages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>An empty map to fill in with your own stages and cards.</source>
        <translation>Un parcours vide à remplir avec vos propres étapes et fiches.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Lower-case letters, digits and hyphens, such as “my-journey”</source>
        <translation>Minuscules, chiffres et tirets, par exemple « mon-parcours »</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>The template appears under File ▸ New from Template. It is saved in your own templates folder.</source>
        <translation>Le modèle apparaît dans Fichier ▸ Nouveau à partir d'un modèle. Il est enregistré dans votre propre dossier de modèles.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>The template could not be saved: {reason}</source>
        <translation>Le modèle n'a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>“{name}” is the name of a template that comes with Journey Studio; choose another.</source>
        <translation>« {name} » est le nom d'un modèle fourni avec Journey Studio ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Choose the template's language.</source>
        <translation>Choisissez la langue du modèle.</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/template_gallery.py"/>
        <source>Use lower-case letters, digits and hyphens for the name, such as “my-journey”.</source>
        <translation>Utilisez des minuscules, des chiffres et des tirets pour le nom, par exemple « mon-parcours ».</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation type="vanished">{count} fiches</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../journey_studio/ui/theme_menu.py"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/theme_menu.py"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/theme_menu.py"/>
        <source>Projector (high contrast)</source>
        <translation>Projecteur (contraste élevé)</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/theme_menu.py"/>
        <source>Canvas &amp;Theme</source>
        <translation>Thè&amp;me du canevas</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/theme_menu.py"/>
        <source>Colours of the map on screen; exports choose their own</source>
        <translation>Couleurs du parcours à l'écran ; les exports choisissent les leurs</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../journey_studio/ui/undo_actions.py"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/undo_actions.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/undo_actions.py"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <location filename="../../journey_studio/ui/undo_actions.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
</TS>
