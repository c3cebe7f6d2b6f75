/* sc-glossary.c - the course-wide glossary
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-glossary.h"

struct _ScGlossary
{
  GPtrArray  *entries;  /* ScGlossaryEntry, in file order */
  GHashTable *by_id;    /* id -> ScGlossaryEntry, borrowed */
};

ScGlossaryEntry *
sc_glossary_entry_new (void)
{
  ScGlossaryEntry *entry = g_new0 (ScGlossaryEntry, 1);

  entry->see_also = g_new0 (char *, 1);
  entry->definition = sc_rich_text_new ();

  return entry;
}

void
sc_glossary_entry_free (ScGlossaryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_free (entry->term);
  g_clear_pointer (&entry->definition, sc_rich_text_unref);
  g_strfreev (entry->see_also);
  g_free (entry);
}

ScGlossary *
sc_glossary_new (void)
{
  ScGlossary *self = g_new0 (ScGlossary, 1);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_glossary_entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

void
sc_glossary_free (ScGlossary *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

/**
 * sc_glossary_add:
 * @entry: (transfer full):
 *
 * Returns: %FALSE, freeing @entry, when its id is already taken
 */
gboolean
sc_glossary_add (ScGlossary      *self,
                 ScGlossaryEntry *entry)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (entry != NULL && entry->id != NULL, FALSE);

  if (g_hash_table_contains (self->by_id, entry->id))
    {
      sc_glossary_entry_free (entry);
      return FALSE;
    }

  g_hash_table_insert (self->by_id, entry->id, entry);
  g_ptr_array_add (self->entries, entry);

  return TRUE;
}

guint
sc_glossary_get_n_entries (ScGlossary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

const ScGlossaryEntry *
sc_glossary_get_entry (ScGlossary *self,
                       guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

/**
 * sc_glossary_lookup:
 *
 * Returns: (nullable) (transfer none): the entry with @id
 */
const ScGlossaryEntry *
sc_glossary_lookup (ScGlossary *self,
                    const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}
