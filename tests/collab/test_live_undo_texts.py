"""Live undo entries speak the interface's language, and follow a switch of it, like any other edit."""

from journey_studio import i18n
from journey_studio.commands import retranslate_stack

from .peers import make_peers


def test_a_live_edit_undo_text_is_french_then_english_after_a_switch(english, small_workspace) -> None:
    alice, _bob = make_peers(small_workspace)
    card = small_workspace.maps[0].cards[0].id
    i18n.install_translators(english, "fr")
    alice.editor.add_comment(card, "Vu en entretien")
    alice.editor.remove_cards([card])
    assert alice.document.undo_stack.undoText() == "Supprimer 1 fiche"
    assert alice.document.undo_stack.text(0) == "Ajouter un commentaire"

    i18n.install_translators(english, "en")
    retranslate_stack(alice.document.undo_stack)

    assert alice.document.undo_stack.undoText() == "Delete 1 card"
    assert alice.document.undo_stack.text(0) == "Add comment"
