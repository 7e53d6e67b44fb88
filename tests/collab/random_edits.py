"""The random edits the convergence tests make: every kind the editor offers a workshop, undo and redo too."""

import random

from journey_studio.document import Document
from journey_studio.editor import MapEditor


def random_edit(rng: random.Random, editor: MapEditor, document: Document) -> str:
    """One random edit; its name, for the peer's log."""
    m = editor.map
    cards, stages, lanes = m.cards, m.stages, m.lanes
    action = rng.choice(["title", "title", "add", "move", "delete", "comment", "comment_edit", "comment_remove",
                         "stage", "emotion", "undo", "undo", "redo", "add_stage", "delete_stage"])
    commented = [card for card in cards if card.comments]
    if action == "title" and cards:
        card = rng.choice(cards)
        words = card.title.split(" ")
        words.insert(rng.randint(0, len(words)), rng.choice(["café", "☕", "été", "😊", "ok", "prix"]))
        editor.set_card(card.id, {"title": " ".join(words)[:200]})
    elif action == "add" and stages and lanes:
        editor.add_card(rng.choice(stages).id, rng.choice(lanes).id, rng.choice(["Idée", "Besoin 😊", "Étape"]))
    elif action == "move" and cards and stages and lanes:
        editor.move_cards([rng.choice(cards).id], rng.choice(stages).id, rng.choice(lanes).id)
    elif action == "delete" and len(cards) > 5:
        editor.remove_cards([rng.choice(cards).id])
    elif action == "comment" and cards:
        editor.add_comment(rng.choice(cards).id, rng.choice(["vu", "à vérifier", "d'accord 👍"]))
    elif action == "comment_edit" and commented:
        card = rng.choice(commented)
        comment = rng.choice(card.comments)
        suffix = rng.choice([" !", " é", " 👍"])
        changes = rng.choice([{"resolved": not comment.resolved}, {"text": comment.text + suffix}])
        editor.set_comment(card.id, comment.id, changes)
    elif action == "comment_remove" and commented:
        card = rng.choice(commented)
        editor.remove_comment(card.id, rng.choice(card.comments).id)
    elif action == "stage" and len(stages) > 1:
        editor.move_stage(rng.choice(stages).id, rng.randrange(len(stages)))
    elif action == "emotion" and m.emotion_points:
        scale = m.emotion_scale
        editor.set_emotion_point(rng.choice(m.emotion_points).id, {"score": rng.randint(scale.minimum, scale.maximum)})
    elif action == "undo":
        document.undo_stack.undo()
    elif action == "redo":
        document.undo_stack.redo()
    elif action == "add_stage" and len(stages) < 12:
        editor.add_stage(rng.randrange(len(stages) + 1), rng.choice(["Nouvelle", "Après-vente"]))
    elif action == "delete_stage" and len(stages) > 3:
        editor.remove_stage(rng.choice(stages).id)
    else:
        return f"{action} (skipped)"
    return action
