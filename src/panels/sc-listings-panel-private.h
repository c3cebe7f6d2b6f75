/* sc-listings-panel-private.h - what the files of ScListingsPanel share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-listings-panel.c   the template, the pages, navigation
 * sc-listings-history.c undo and redo
 * sc-listings-run.c     scenarios, starting, importing and switching runs
 * sc-listings-list.c    the product list: rows, search, filters, counts
 * sc-listings-update.c  the list kept in step with one product's change
 * sc-listings-goals.c   the scenario's goals and "Check My Work"
 */
#pragma once

#include <adwaita.h>

#include "sc-catalog.h"
#include "sc-lint-index.h"
#include "sc-listings-panel.h"
#include "sc-policy.h"
#include "sc-run.h"
#include "sc-scenario.h"

G_BEGIN_DECLS

struct _ScListingsPanel
{
  ScPanel              parent_instance;

  /* Template children */
  GtkButton           *back_button;
  GtkButton           *back_to_lesson_button;
  GtkButton           *check_button;
  GtkDropDown         *category_filter;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GtkFilterListModel  *filter_model;
  GtkLabel            *goals_heading;
  GtkListBox          *goal_list;
  GtkRevealer         *goals_revealer;
  GtkLabel            *goals_summary;
  GtkToggleButton     *goals_toggle;
  GtkDropDown         *lint_filter;
  GtkMenuButton       *menu_button;
  AdwStatusPage       *missing_page;
  GtkButton           *missing_lesson_button;
  AdwStatusPage       *no_match_page;
  GtkBox              *product_box;
  GtkButton           *redo_button;
  GtkDropDown         *run_switcher;
  GtkLabel            *run_title;
  GtkSearchEntry      *search_entry;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkStack            *stack;
  GtkListBox          *scenario_list;
  AdwStatusPage       *start_page;
  GtkButton           *start_back_button;
  GtkDropDown         *status_filter;
  GtkStack            *store_stack;
  GListStore          *store;
  GtkButton           *undo_button;

  /* What the page was loaded for, to tell a real change of the context
   * from a notify of something else. */
  ScDatabase          *database;
  ScCourse            *course;
  gint64               learner_id;

  GPtrArray           *scenarios;   /* (element-type ScScenario) of the course */
  ScPolicy            *policy;      /* general-marketplace, or NULL without a course */
  GHashTable          *policies;    /* policy id → ScPolicy named by scenarios, read once */
  GPtrArray           *runs;        /* (element-type ScRun) the learner's, by creation */
  ScRun               *run;         /* the one shown, or NULL */
  GtkStringList       *run_names;
  GtkStringList       *categories;
  GPtrArray           *goal_results; /* (element-type ScGoalResult) of the last check, or NULL */
  char                *query;       /* the search, folded */
  guint                n_errors;    /* products with error-level findings */
  GHashTable          *titles;      /* "product:ID" and "variant:ID" -> the product's title */
  ScCatalog           *catalog;     /* the store as the list shows it, or NULL */
  ScLintIndex         *lint_index;  /* the SKUs of all of catalog, to lint one row */
  GHashTable          *products;    /* product id (gint64 *) -> its ScCatalogProduct in catalog */
  GHashTable          *rows;        /* product id (gint64 *, owned) -> its ScListingRow in store */
  GtkWidget           *product_page;
  GtkNativeDialog     *file_chooser;
  GCancellable        *cancellable;

  char                *lesson_id;    /* the lesson a practice card came from */
  char                *pending_scenario; /* asked for before the course arrived */
  char                *pending_lesson;

  guint                fit_source;   /* the idle that hides or shows spare columns */
  guint                n_spared;     /* spare columns hidden for room, the least needed first */
  double               fit_width;    /* the list's width when the last was hidden */
  int                  fit_font;     /* and the size of its text (presentation mode) */

  guint                switching_runs : 1;
};

/* sc-listings-panel.c */
ScDatabase       *sc_listings_panel_get_database   (ScListingsPanel  *self);
gint64            sc_listings_panel_get_learner_id (ScListingsPanel  *self);
void              sc_listings_panel_toast          (ScListingsPanel  *self,
                                                    const char       *title);
void              sc_listings_panel_show_run       (ScListingsPanel  *self,
                                                    const ScRun      *run);

/* sc-listings-history.c */
void              sc_listings_panel_update_history (ScListingsPanel  *self);
void              sc_listings_panel_class_init_history (GtkWidgetClass *widget_class);

/* sc-listings-run.c */
void              sc_listings_panel_load_scenarios (ScListingsPanel  *self);
const ScPolicy   *sc_listings_panel_run_policy     (ScListingsPanel  *self);
const ScScenario *sc_listings_panel_find_scenario  (ScListingsPanel  *self,
                                                    const char       *id);
void              sc_listings_panel_load_runs      (ScListingsPanel  *self);
ScRun            *sc_listings_panel_open_scenario_run (ScListingsPanel *self,
                                                    const ScScenario *scenario,
                                                    GError          **error);
void              sc_listings_panel_fill_start     (ScListingsPanel  *self);
void              sc_listings_panel_class_init_run (GtkWidgetClass   *widget_class);

/* sc-listings-list.c */
void              sc_listings_panel_init_list      (ScListingsPanel  *self);
void              sc_listings_panel_load_list      (ScListingsPanel  *self);
void              sc_listings_panel_class_init_list (GtkWidgetClass  *widget_class);
void              sc_listings_panel_update_count   (ScListingsPanel  *self);
void              sc_listings_panel_fill_categories (ScListingsPanel *self);
void              sc_listings_panel_forget_list    (ScListingsPanel  *self);

/* sc-listings-update.c */
void              sc_listings_panel_update_products (ScListingsPanel *self,
                                                    const gint64    *ids,
                                                    guint            n_ids);
gboolean          sc_listings_panel_action_products (ScListingsPanel *self,
                                                    const char      *target,
                                                    GArray          *ids);

/* sc-listings-goals.c */
void              sc_listings_panel_load_goals     (ScListingsPanel  *self);
void              sc_listings_panel_recheck_goals  (ScListingsPanel  *self);
void              sc_listings_panel_class_init_goals (GtkWidgetClass *widget_class);

G_END_DECLS
