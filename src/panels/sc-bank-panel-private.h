/* sc-bank-panel-private.h - what the files of ScBankPanel share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-bank-panel.h"
#include "sc-question-preview.h"

G_BEGIN_DECLS

struct _ScBankPanel
{
  ScPanel             parent_instance;

  /* Template children */
  GtkListBox         *bank_list;
  GtkWidget          *banks_pane;
  GtkWidget          *banks_separator;
  AdwLeaflet         *leaflet;
  GtkWidget          *preview_pane;
  GtkWidget          *questions_pane;
  GtkWidget          *questions_separator;
  GtkDropDown        *competency_filter;
  GtkLabel           *count_label;
  ScQuestionPreview  *preview;
  AdwClamp           *preview_clamp;
  GtkListBox         *question_list;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkDropDown        *tag_filter;
  GtkDropDown        *type_filter;

  GtkNativeDialog    *chooser;
  GtkNativeDialog    *export_chooser;
  GCancellable       *cancellable;    /* exports, cancelled on dispose */
  guint               exporting;      /* files being written */
  char               *bank;           /* the selected bank */
  GStrv               tags;           /* of the selected bank, as in tag_filter after "All" */
  GStrv               competencies;   /* likewise */
  guint               n_banks;
  guint               n_shown;
  guint               filling : 1;    /* the filters are being refilled */
  guint               disposed : 1;   /* lists empty themselves: ignore them */
};

ScDatabase *sc_bank_panel_get_database      (ScBankPanel    *self);
void        sc_bank_panel_add_toast         (ScBankPanel    *self,
                                             const char     *title);

/* sc-bank-panel-import.c */
void        sc_bank_panel_class_init_import (GtkWidgetClass *widget_class);
void        sc_bank_panel_init_import       (ScBankPanel    *self);
void        sc_bank_panel_dispose_import    (ScBankPanel    *self);

/* sc-bank-panel-manage.c */
void        sc_bank_panel_class_init_manage (GtkWidgetClass *widget_class);
void        sc_bank_panel_init_manage       (ScBankPanel    *self);
void        sc_bank_panel_dispose_manage    (ScBankPanel    *self);
void        sc_bank_panel_update_manage_actions (ScBankPanel *self);

G_END_DECLS
