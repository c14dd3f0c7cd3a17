"""The Label Studio connector: protocol v1 translated in process to a Label Studio server.

Qt-free. :class:`~annotator_desktop.core.labelstudio.client.LabelStudioClient` satisfies the sync
engine's :class:`~annotator_desktop.core.sync.seam.ServerClient`, so the outbox, the feed and the
panes work unchanged; ``mapping`` keeps our ids beside Label Studio's in the local store.
"""
