"""Everything Qt: app start, main window, task list, panes, dialogs, background work, i18n."""
