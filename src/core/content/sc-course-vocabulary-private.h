/* sc-course-vocabulary-private.h - what the vocabulary files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course-vocabulary.h"

G_BEGIN_DECLS

typedef enum
{
  ATTR_TEXT,
  ATTR_ID,
  ATTR_IDS,
  ATTR_ENUM,
  ATTR_MINUTES,
  ATTR_BOOLEAN,
  ATTR_NUMBER,    /* a whole number; values: "MIN MAX" */
} AttrKind;

typedef struct
{
  const char *name;
  AttrKind    kind;
  gboolean    required;
  const char *values;  /* ATTR_ENUM: space-separated; ATTR_NUMBER: "MIN MAX" */
} AttrRule;

enum {
  TEXT     = 1 << 0,  /* text may appear directly inside */
  NONEMPTY = 1 << 1,  /* and some must */
};

typedef struct
{
  const char     *name;
  const char     *parent;    /* "/" for a root, NULL for anywhere it is allowed */
  guint           flags;
  const AttrRule *attrs;
  const char     *children;  /* space-separated */
  const char     *required;
  const char     *single;    /* children that may appear once at most */
} ElementRule;

const ElementRule *sc_course_vocabulary_find_rule        (const char        *name,
                                                          const char        *parent);
const char        *sc_course_vocabulary_suggest_element  (const char        *name,
                                                          const ElementRule *parent);
gboolean           sc_course_vocabulary_is_known_element (const char        *name);

G_END_DECLS
