/* sc-product-page.c - one product of a practice store, edited like a store admin's product page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out as Shopify's product page is: a main column of cards (title
 * and description, media, pricing, inventory, shipping, options and
 * variants, search engine listing) and a side column (status,
 * organisation, then the previews and the lint checklist of
 * ScProductAside). From SC_PRODUCT_PAGE_WIDE_WIDTH pixels of page width
 * the columns stand side by side (ScColumnsLayout); below it they stack.
 *
 * Every committed field is one sandbox action. After each, the page
 * reloads its product from the database (the store is the truth: a
 * normalised amount or a regenerated variant matrix shows as stored),
 * redraws the side column and emits ::changed. The first load counts the
 * other products' SKUs once (an ScLintIndex, sc-lint-index.h) and lets
 * the catalog go: the side column, redrawn on every keystroke, then lints
 * the one product in time proportional to it, whatever the store's size.
 * The page's own commits leave the other products as they are; an undo
 * of another product's change is passed on by the panel.
 * A refused value shows its message under its field; a change the store
 * cannot make yet puts the field back as well.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-columns-layout.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-product-page-private.h"
#include "sc-sandbox-action.h"
#include "sc-styles.h"

G_DEFINE_FINAL_TYPE (ScProductPage, sc_product_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const status_values[] = { "active", "draft", "archived", NULL };

/* ---- the product's own fields ---- */

static char *
read_product (ScProductPage          *self,
              const ScPageField      *field,
              const ScCatalogProduct *product)
{
  if (g_str_equal (field->name, "title"))
    return g_strdup (product->title);
  if (g_str_equal (field->name, "status"))
    return g_strdup (sc_product_status_to_string (product->status));
  if (g_str_equal (field->name, "product-type"))
    return g_strdup (product->product_type);
  if (g_str_equal (field->name, "vendor"))
    return g_strdup (product->vendor);
  if (g_str_equal (field->name, "category"))
    return g_strdup (product->category);
  if (g_str_equal (field->name, "tags"))
    return g_strjoinv (", ", product->tags);
  if (g_str_equal (field->name, "seo-title"))
    return g_strdup (product->seo_title);
  if (g_str_equal (field->name, "seo-description"))
    return g_strdup (product->seo_description);
  if (g_str_equal (field->name, "handle"))
    return g_strdup (product->handle);

  g_return_val_if_reached (NULL);
}

static void
apply_product (ScProductPage     *self,
               const ScPageField *field,
               ScCatalogProduct  *copy,
               const char        *text)
{
  if (g_str_equal (field->name, "title"))
    sc_catalog_set_string (&copy->title, text);
  else if (g_str_equal (field->name, "seo-title"))
    sc_catalog_set_string (&copy->seo_title, text);
  else if (g_str_equal (field->name, "seo-description"))
    sc_catalog_set_string (&copy->seo_description, text);
  else if (g_str_equal (field->name, "handle"))
    sc_catalog_set_string (&copy->handle, text);
}

static void
handle_typed (ScProductPage *self,
              ScPageField   *field,
              const char    *text)
{
  sc_page_field_set_hint (field,
                          *text != '\0' && !sc_catalog_handle_is_valid (text)
                          ? _("A handle uses lowercase letters, digits and dashes only, such as canvas-tote.")
                          : _("The last part of the product's web address."),
                          *text != '\0' && !sc_catalog_handle_is_valid (text));
}

static ScPageField *
add_product_field (ScProductPage *self,
                   GtkWidget     *box,
                   ScPageInput    kind,
                   const char    *name,
                   const char    *label)
{
  ScPageField *field = sc_page_field_new (self, kind, name, label);

  field->read = read_product;
  g_ptr_array_add (self->fields, field);
  gtk_box_append (GTK_BOX (box), field->box);

  return field;
}

static void
build_product_fields (ScProductPage *self)
{
  static const char *status_labels[] = { N_("Active"), N_("Draft"), N_("Archived"), NULL };
  const char *labels[G_N_ELEMENTS (status_labels)] = { NULL };
  g_autoptr(GtkStringList) statuses = NULL;
  ScPageField *field;
  GtkWidget *prefix;

  field = add_product_field (self, self->title_box, SC_PAGE_INPUT_ENTRY, "title", _("Title"));
  gtk_box_reorder_child_after (GTK_BOX (self->title_box), field->box, NULL);
  field->apply = apply_product;
  field->limit_rule = "title-length";
  gtk_entry_set_placeholder_text (GTK_ENTRY (field->input), _("Short-sleeve T-shirt"));

  sc_product_page_build_description (self);

  for (guint i = 0; status_labels[i] != NULL; i++)
    labels[i] = _(status_labels[i]);
  statuses = gtk_string_list_new (labels);
  field = add_product_field (self, self->status_box, SC_PAGE_INPUT_CHOICE, "status", _("Status"));
  field->choices = status_values;
  gtk_drop_down_set_model (GTK_DROP_DOWN (field->input), G_LIST_MODEL (statuses));
  /* The card's heading says "Status" already. */
  gtk_widget_set_visible (field->label, FALSE);
  sc_page_field_set_hint (field, _("Only active products are sold; drafts and archived ones stay hidden."),
                          FALSE);

  add_product_field (self, self->organization_box, SC_PAGE_INPUT_ENTRY, "product-type",
                     _("Product type"));
  add_product_field (self, self->organization_box, SC_PAGE_INPUT_ENTRY, "vendor", _("Vendor"));
  field = add_product_field (self, self->organization_box, SC_PAGE_INPUT_ENTRY, "category", _("Category"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (field->input), _("Apparel & Accessories > Clothing"));
  sc_page_field_set_hint (field, _("A taxonomy path, broad to narrow, steps joined by “ > ”."), FALSE);
  field = add_product_field (self, self->organization_box, SC_PAGE_INPUT_ENTRY, "tags", _("Tags"));
  sc_page_field_set_hint (field, _("Separate tags with commas."), FALSE);

  field = add_product_field (self, self->seo_box, SC_PAGE_INPUT_ENTRY, "seo-title", _("Page title"));
  field->apply = apply_product;
  field->limit_rule = "seo-title-length";
  field = add_product_field (self, self->seo_box, SC_PAGE_INPUT_ENTRY, "seo-description",
                             _("Meta description"));
  field->apply = apply_product;
  field->limit_rule = "seo-description-length";
  field = add_product_field (self, self->seo_box, SC_PAGE_INPUT_ENTRY, "handle", _("URL handle"));
  field->apply = apply_product;
  field->typed = handle_typed;
  prefix = gtk_label_new ("/products/");
  gtk_widget_add_css_class (prefix, "dim-label");
  gtk_box_prepend (GTK_BOX (gtk_widget_get_parent (field->input)), prefix);
}

/* ---- loading ---- */

static void
update_heading (ScProductPage *self)
{
  static const char *statuses[] = { N_("Active"), N_("Draft"), N_("Archived") };
  const ScCatalogProduct *product = self->product;

  gtk_label_set_text (GTK_LABEL (self->heading),
                      product->title != NULL ? product->title : _("Untitled product"));
  gtk_label_set_text (GTK_LABEL (self->status_badge), _(statuses[product->status]));
  for (guint i = 0; i < G_N_ELEMENTS (status_values) - 1; i++)
    {
      g_autofree char *name = g_strconcat ("sc-status-", status_values[i], NULL);

      if (i == product->status)
        gtk_widget_add_css_class (self->status_badge, name);
      else
        gtk_widget_remove_css_class (self->status_badge, name);
    }
}

static void
show_load_error (ScProductPage *self,
                 const char    *message)
{
  gtk_label_set_text (GTK_LABEL (self->load_error), message != NULL ? message : "");
  gtk_widget_set_visible (self->load_error, message != NULL);
}

/**
 * sc_product_page_reload:
 *
 * Reads the page's product again and shows it. The other products' SKUs
 * are counted at the first load only: the page's own changes leave them
 * as they are, and the panel reports another product's change
 * (sc_product_page_other_changed ()).
 */
void
sc_product_page_reload (ScProductPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalogProduct) product = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  ScPageField *field;
  sqlite3 *db;

  g_return_if_fail (SC_IS_PRODUCT_PAGE (self));

  if (self->context == NULL || self->run == NULL)
    return;

  db = sc_database_get_handle (sc_context_get_database (self->context));
  product = sc_run_load_product (db, self->run, self->product_id, &error);
  if (product != NULL && self->lint_index == NULL)
    catalog = sc_run_load_catalog (db, self->run, &error);
  if (product == NULL || (self->lint_index == NULL && catalog == NULL))
    {
      show_load_error (self, error->message);
      return;
    }
  show_load_error (self, NULL);

  if (catalog != NULL)
    {
      /* The linter's catalog-wide rules (duplicate SKUs) compare the
       * product with the others; its stored self would be a twin of an
       * edited copy. */
      sc_catalog_remove_product (catalog, product->handle);
      self->lint_index = sc_lint_index_new (catalog);
    }

  g_clear_pointer (&self->product, sc_catalog_product_free);
  self->product = g_steal_pointer (&product);

  for (guint i = 0; i < self->fields->len; i++)
    sc_page_field_populate (g_ptr_array_index (self->fields, i), self->product);
  update_heading (self);

  /* Search engines fall back on the title, as the placeholder shows. */
  field = sc_page_fields_find (self->fields, "seo-title", -1, -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (field->input), self->product->title);

  sc_product_page_update_pricing (self);
  sc_product_page_build_media (self);
  sc_product_page_build_variants (self);
  sc_product_page_preview (self);
}

/**
 * sc_product_page_other_changed:
 * @before: (nullable): another product of the run as it was
 * @after: (nullable): the same product as it is now
 *
 * Keeps the page's count of the other products' SKUs in step with a
 * change the page did not make (an undo or a redo), and lints again.
 * With neither (a change the caller cannot name) the page counts the
 * other products again and reloads.
 */
void
sc_product_page_other_changed (ScProductPage          *self,
                               const ScCatalogProduct *before,
                               const ScCatalogProduct *after)
{
  g_return_if_fail (SC_IS_PRODUCT_PAGE (self));
  g_return_if_fail (before == NULL || before->id != self->product_id);
  g_return_if_fail (after == NULL || after->id != self->product_id);

  if (before == NULL && after == NULL)
    {
      g_clear_pointer (&self->lint_index, sc_lint_index_free);
      sc_product_page_reload (self);
      return;
    }
  if (self->lint_index == NULL)
    return;
  if (before != NULL)
    sc_lint_index_remove_product (self->lint_index, before);
  if (after != NULL)
    sc_lint_index_add_product (self->lint_index, after);
  sc_product_page_preview (self);
}

/* ---- committing ---- */

gint64
sc_product_page_learner_id (ScProductPage *self)
{
  const ScLearner *learner = sc_context_get_learner (self->context);

  return learner != NULL ? learner->id : self->run->learner_id;
}

/**
 * sc_product_page_single_variant:
 *
 * Returns: (nullable): the one variant of a product without options,
 *   which the pricing, inventory and shipping cards edit
 */
ScCatalogVariant *
sc_product_page_single_variant (ScProductPage *self,
                                int           *out_index)
{
  if (out_index != NULL)
    *out_index = -1;
  if (self->product == NULL || self->product->options->len > 0 || self->product->variants->len != 1)
    return NULL;
  if (out_index != NULL)
    *out_index = 0;

  return g_ptr_array_index (self->product->variants, 0);
}

/* A store that does not know the field yet refuses any value: what was
 * typed cannot become valid, so the field goes back. */
static gboolean
keeps_refused_text (ScPageField  *field,
                    const GError *error)
{
  if (!g_error_matches (error, SC_ERROR, SC_ERROR_INVALID_INPUT))
    return FALSE;
  if (field->kind != SC_PAGE_INPUT_ENTRY && field->kind != SC_PAGE_INPUT_TEXT)
    return FALSE;

  switch (field->target)
    {
    case SC_PAGE_TARGET_PRODUCT:
      return sc_sandbox_field_is_product (field->name);
    case SC_PAGE_TARGET_VARIANT:
      return sc_sandbox_field_is_variant (field->name);
    case SC_PAGE_TARGET_IMAGE:
    case SC_PAGE_TARGET_CUSTOM:
    default:
      return TRUE;
    }
}

/**
 * sc_product_page_commit:
 * @value: the field's text
 *
 * One action for @field; the page reloads on success. @field may be
 * freed by then: the caller does not use it afterwards.
 */
void
sc_product_page_commit (ScProductPage *self,
                        ScPageField   *field,
                        const char    *value)
{
  ScDatabase *database = sc_context_get_database (self->context);
  gint64 learner_id = sc_product_page_learner_id (self);
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;
  gboolean ok = FALSE;

  if (self->product == NULL)
    return;

  switch (field->target)
    {
    case SC_PAGE_TARGET_PRODUCT:
      ok = sc_sandbox_edit_product (database, self->run, learner_id, self->product_id,
                                    field->name, value, &sequence, &error);
      break;

    case SC_PAGE_TARGET_VARIANT:
      g_assert (field->variant >= 0 && (guint) field->variant < self->product->variants->len);
      ok = sc_sandbox_edit_variant (database, self->run, learner_id,
                                    ((ScCatalogVariant *) g_ptr_array_index (self->product->variants,
                                                                             field->variant))->id,
                                    field->name, value, &sequence, &error);
      break;

    case SC_PAGE_TARGET_IMAGE:
      g_assert (field->image >= 0 && (guint) field->image < self->product->images->len);
      ok = sc_sandbox_edit_image (database, self->run, learner_id,
                                  ((ScCatalogImage *) g_ptr_array_index (self->product->images,
                                                                         field->image))->id,
                                  field->name, value, &sequence, &error);
      break;

    case SC_PAGE_TARGET_CUSTOM:
      ok = field->commit (self, field, value, &sequence, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      if (!keeps_refused_text (field, error))
        sc_page_field_revert (field);
      sc_page_field_show_error (field, error->message);
      sc_product_page_preview (self);
      return;
    }

  /* A custom field that is not complete yet keeps what is typed. */
  if (sequence < 0)
    return;

  sc_page_field_show_error (field, NULL);
  sc_product_page_action_done (self, sequence);
}

/* After a successful call: the store is the truth. */
void
sc_product_page_action_done (ScProductPage *self,
                             gint64         sequence)
{
  sc_product_page_reload (self);
  if (sequence > 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- the side column ---- */

static void
apply_fields (ScProductPage    *self,
              GPtrArray        *fields,
              ScCatalogProduct *copy)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      ScPageField *field = g_ptr_array_index (fields, i);
      g_autofree char *text = NULL;

      if (field->apply == NULL)
        continue;
      text = sc_page_field_get_text (field);
      if (g_strcmp0 (text, field->saved) != 0)
        field->apply (self, field, copy, text);
    }
}

/* The side column shows the product with what is typed but not yet
 * committed: a copy, never the database. */
void
sc_product_page_preview (ScProductPage *self)
{
  g_autoptr(ScCatalogProduct) copy = NULL;

  if (self->product == NULL)
    return;

  copy = sc_catalog_product_copy (self->product);
  apply_fields (self, self->fields, copy);
  apply_fields (self, self->media_fields, copy);
  apply_fields (self, self->variant_fields, copy);
  sc_product_aside_set_product_indexed (self->aside, copy, self->lint_index, self->policy);
}

static void
focus_field (ScPageField *field)
{
  /* The page's viewport scrolls to the focus. */
  gtk_widget_grab_focus (field->input);
}

static void
on_finding_activated (ScProductAside *aside,
                      const char     *lint_field,
                      int             variant,
                      int             image,
                      ScProductPage  *self)
{
  ScPageField *field = NULL;
  int single = -1;

  if (g_str_has_prefix (lint_field, "variants.") && sc_product_page_single_variant (self, &single) != NULL)
    field = sc_page_fields_find (self->fields, lint_field, single, -1);
  if (field == NULL)
    field = sc_page_fields_find (self->variant_fields, lint_field, variant, -1);
  if (field == NULL)
    field = sc_page_fields_find (self->option_fields, lint_field, -1, -1);
  if (field == NULL)
    field = sc_page_fields_find (self->media_fields, lint_field, -1, image);
  if (field == NULL)
    field = sc_page_fields_find (self->fields, lint_field, -1, -1);

  if (field != NULL)
    focus_field (field);
  else if (g_str_has_prefix (lint_field, "media") && self->add_image_button != NULL)
    gtk_widget_grab_focus (self->add_image_button);
}

/* ---- the class ---- */

static void
free_fields (GPtrArray **fields)
{
  g_clear_pointer (fields, g_ptr_array_unref);
}

static void
sc_product_page_dispose (GObject *object)
{
  ScProductPage *self = SC_PRODUCT_PAGE (object);

  free_fields (&self->fields);
  free_fields (&self->media_fields);
  free_fields (&self->option_fields);
  free_fields (&self->variant_fields);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PRODUCT_PAGE);
  g_clear_object (&self->context);
  g_clear_pointer (&self->run, sc_run_free);
  g_clear_pointer (&self->product, sc_catalog_product_free);
  g_clear_pointer (&self->lint_index, sc_lint_index_free);
  g_clear_pointer (&self->media_shape, g_free);
  g_clear_pointer (&self->variant_shape, g_free);
  g_clear_pointer (&self->variant_images, g_strfreev);

  G_OBJECT_CLASS (sc_product_page_parent_class)->dispose (object);
}

static void
sc_product_page_class_init (ScProductPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_product_page_dispose;

  /**
   * ScProductPage::changed:
   *
   * Emitted after each action the page logged, once the page shows it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SC_TYPE_COLUMNS_LAYOUT);
  g_type_ensure (SC_TYPE_PRODUCT_ASIDE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shopcraft/Shopcraft/sc-product-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, aside);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, columns);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, description_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, heading);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, inventory_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, inventory_card);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, load_error);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, media_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, organization_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, pricing_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, pricing_card);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, seo_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, shipping_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, shipping_card);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, status_badge);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, title_box);
  gtk_widget_class_bind_template_child (widget_class, ScProductPage, variants_box);
}

static void
sc_product_page_init (ScProductPage *self)
{
  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_page_field_free);
  self->media_fields = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_page_field_free);
  self->option_fields = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_page_field_free);
  self->variant_fields = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_page_field_free);

  build_product_fields (self);
  sc_product_page_build_pricing (self);

  g_signal_connect_object (self->aside, "finding-activated", G_CALLBACK (on_finding_activated), self, 0);
}

GtkWidget *
sc_product_page_new (ScContext      *context,
                     const ScRun    *run,
                     const ScPolicy *policy,
                     gint64          product_id)
{
  ScProductPage *self;

  g_return_val_if_fail (SC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (run != NULL, NULL);

  self = g_object_new (SC_TYPE_PRODUCT_PAGE, NULL);
  self->context = g_object_ref (context);
  self->run = sc_run_copy (run);
  self->policy = policy;
  self->product_id = product_id;
  sc_product_page_reload (self);

  return GTK_WIDGET (self);
}

gint64
sc_product_page_get_product_id (ScProductPage *self)
{
  g_return_val_if_fail (SC_IS_PRODUCT_PAGE (self), 0);

  return self->product_id;
}
