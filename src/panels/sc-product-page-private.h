/* sc-product-page-private.h - what the product page's files share: the page and its fields
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is split by concern: sc-product-page.c (the class, loading,
 * committing, the side column), sc-product-page-fields.c (one labelled
 * field: typing, Enter, focus-out, Escape, counters, inline errors),
 * sc-product-page-pricing.c (pricing, inventory and shipping of a product
 * without options), sc-product-page-variants.c (options and the variant
 * table), sc-product-page-media.c (images) and
 * sc-product-page-description.c (the description's source and preview).
 */
#pragma once

#include "sc-catalog.h"
#include "sc-product-aside.h"
#include "sc-product-page.h"

G_BEGIN_DECLS

/* From this width of the page up, its columns stand side by side. */
#define SC_PRODUCT_PAGE_WIDE_WIDTH 1100

/* The page's margin on each side of its columns. */
#define SC_PRODUCT_PAGE_MARGIN 24

typedef enum
{
  SC_PAGE_TARGET_PRODUCT,  /* sc_sandbox_edit_product () */
  SC_PAGE_TARGET_VARIANT,  /* sc_sandbox_edit_variant () on field->variant */
  SC_PAGE_TARGET_IMAGE,    /* sc_sandbox_edit_image () on field->image */
  SC_PAGE_TARGET_CUSTOM,   /* field->commit does it */
} ScPageTarget;

typedef enum
{
  SC_PAGE_INPUT_ENTRY,     /* GtkEntry */
  SC_PAGE_INPUT_TEXT,      /* GtkTextView: commits on focus-out and Ctrl+Enter */
  SC_PAGE_INPUT_CHECK,     /* GtkCheckButton: field->on / field->off */
  SC_PAGE_INPUT_CHOICE,    /* GtkDropDown over field->choices */
} ScPageInput;

typedef struct _ScPageField ScPageField;

/* The field's committed value, as the field shows it, from @product. */
typedef char    *(*ScPageFieldRead)   (ScProductPage          *page,
                                       const ScPageField      *field,
                                       const ScCatalogProduct *product);
/* Puts @text into @copy, for the side column's live previews. */
typedef void     (*ScPageFieldApply)  (ScProductPage          *page,
                                       const ScPageField      *field,
                                       ScCatalogProduct       *copy,
                                       const char             *text);
/* A custom commit: one action, or an error. */
typedef gboolean (*ScPageFieldCommit) (ScProductPage          *page,
                                       ScPageField            *field,
                                       const char             *value,
                                       gint64                 *out_sequence,
                                       GError                **error);
/* Called after each change of the input's text (hints, computed values). */
typedef void     (*ScPageFieldTyped)  (ScProductPage          *page,
                                       ScPageField            *field,
                                       const char             *text);

struct _ScPageField
{
  ScProductPage      *page;
  char               *name;        /* the edit call's field: "title", "price", "alt" */
  char               *lint_field;  /* the linter's name for it: "title", "variants.price" */
  ScPageTarget        target;
  ScPageInput         kind;
  int                 variant;     /* 0-based, for variant fields; -1 otherwise */
  int                 image;       /* 0-based, for image fields; -1 otherwise */
  guint               position;    /* a custom field's own number (an option's position) */

  GtkWidget          *box;         /* label, input row, hint, error */
  GtkWidget          *label;
  GtkWidget          *input;
  GtkWidget          *hint;        /* counter or advice; NULL when the field has none */
  GtkWidget          *error;       /* the refusal, under the field */

  const char * const *choices;     /* CHOICE: the values, in the drop-down's order */
  const char         *on;          /* CHECK: the value when ticked */
  const char         *off;         /* CHECK: the value when not */
  const char         *limit_rule;  /* the policy's rule for a counter: "title-length" */

  ScPageFieldRead     read;
  ScPageFieldApply    apply;       /* NULL: typing does not reach the previews */
  ScPageFieldCommit   commit;      /* CUSTOM target only */
  ScPageFieldTyped    typed;       /* NULL: nothing to recompute */

  char               *saved;       /* what the database holds, as the field shows it */
  guint               populating : 1;
};

struct _ScProductPage
{
  AdwBin            parent_instance;

  ScContext        *context;
  ScRun            *run;
  const ScPolicy   *policy;
  gint64            product_id;
  ScCatalogProduct *product;   /* as last loaded; NULL when it could not be */
  ScLintIndex      *lint_index; /* the other products' SKUs, for the linter's catalog-wide
                                 * rules: built at each load, so a keystroke lints one product */

  GPtrArray        *fields;          /* (element-type ScPageField): the fixed fields */
  GPtrArray        *media_fields;    /* rebuilt with the images */
  GPtrArray        *option_fields;   /* rebuilt with the options */
  GPtrArray        *variant_fields;  /* rebuilt with the variants */
  char             *media_shape;     /* the image ids the media card was built for */
  char             *variant_shape;   /* the option names and variant ids of the table */
  GStrv             variant_images;  /* the table's image choices: "" (none), then each src */

  /* Template children */
  ScProductAside   *aside;
  GtkWidget        *columns;
  GtkWidget        *description_box;
  GtkWidget        *heading;
  GtkWidget        *inventory_box;
  GtkWidget        *load_error;
  GtkWidget        *media_box;
  GtkWidget        *organization_box;
  GtkWidget        *pricing_box;
  GtkWidget        *pricing_card;
  GtkWidget        *inventory_card;
  GtkWidget        *seo_box;
  GtkWidget        *shipping_box;
  GtkWidget        *shipping_card;
  GtkWidget        *status_badge;
  GtkWidget        *status_box;
  GtkWidget        *title_box;
  GtkWidget        *variants_box;

  /* Computed values and the description's preview */
  GtkWidget        *pricing_fields;
  GtkWidget        *pricing_note;
  GtkWidget        *margin_value;
  GtkWidget        *profit_value;
  GtkWidget        *preview;
  GtkWidget        *preview_note;
  GtkWidget        *variants_note;
  GtkWidget        *variant_table;
  GtkWidget        *media_list;
  GtkWidget        *media_error;
  GtkWidget        *add_image_button;
};

/* sc-product-page.c */
gint64               sc_product_page_learner_id     (ScProductPage          *self);
ScCatalogVariant    *sc_product_page_single_variant (ScProductPage          *self,
                                                     int                    *out_index);
void                 sc_product_page_commit         (ScProductPage          *self,
                                                     ScPageField            *field,
                                                     const char             *value);
void                 sc_product_page_action_done    (ScProductPage          *self,
                                                     gint64                  sequence);
void                 sc_product_page_preview        (ScProductPage          *self);

/* sc-product-page-fields.c */
ScPageField         *sc_page_field_new              (ScProductPage          *page,
                                                     ScPageInput             kind,
                                                     const char             *name,
                                                     const char             *label);
void                 sc_page_field_free             (ScPageField            *field);
void                 sc_page_field_add_unit         (ScPageField            *field,
                                                     const char             *unit);
void                 sc_page_field_set_accessible   (ScPageField            *field,
                                                     const char             *name);
char                *sc_page_field_get_text         (ScPageField            *field);
void                 sc_page_field_populate         (ScPageField            *field,
                                                     const ScCatalogProduct *product);
void                 sc_page_field_show_error       (ScPageField            *field,
                                                     const char             *message);
void                 sc_page_field_revert           (ScPageField            *field);
void                 sc_page_field_set_hint         (ScPageField            *field,
                                                     const char             *text,
                                                     gboolean                warning);
void                 sc_page_field_update_counter   (ScPageField            *field,
                                                     const char             *text);
char                *sc_page_field_counter_text     (const ScPolicy         *policy,
                                                     const char             *rule,
                                                     const char             *text);
ScPageField         *sc_page_fields_find            (GPtrArray              *fields,
                                                     const char             *lint_field,
                                                     int                     variant,
                                                     int                     image);

/* sc-product-page-pricing.c */
void                 sc_product_page_build_pricing  (ScProductPage          *self);
void                 sc_product_page_update_pricing (ScProductPage          *self);
char                *sc_product_page_read_variant   (ScProductPage          *self,
                                                     const ScPageField      *field,
                                                     const ScCatalogProduct *product);
void                 sc_product_page_apply_variant  (ScProductPage          *self,
                                                     const ScPageField      *field,
                                                     ScCatalogProduct       *copy,
                                                     const char             *text);
void                 sc_product_page_update_margin  (ScProductPage          *self);
char                *sc_product_page_margin_text    (const ScCurrency       *currency,
                                                     const char             *price,
                                                     const char             *cost,
                                                     char                  **out_profit);
void                 sc_product_page_barcode_hint   (ScPageField            *field,
                                                     const char             *text);

/* sc-product-page-variants.c */
void                 sc_product_page_build_variants (ScProductPage          *self);

/* sc-product-page-media.c */
void                 sc_product_page_build_media    (ScProductPage          *self);
void                 sc_product_page_add_image      (ScProductPage          *self);

/* sc-product-page-description.c */
void                 sc_product_page_build_description (ScProductPage       *self);
void                 sc_product_page_render_description (ScProductPage      *self,
                                                        const char         *source);

G_END_DECLS
