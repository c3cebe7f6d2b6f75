/* sc-moodle-xml-private.h - what the Moodle XML reader's files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-moodle-xml-reader.h"

G_BEGIN_DECLS

typedef struct
{
  const char            *file;        /* the name problems are reported under */
  ScMoodleXmlReadFlags   flags;
  ScCourseProblems      *problems;
  char                 **category;    /* the latest category entry's path */
  guint                  n_questions; /* <question> elements so far, categories aside */
} ScMoodleXmlReader;

/* One <question> while it is read: the first reason to skip it wins. */
typedef struct
{
  ScMoodleXmlReader *reader;
  xmlNode           *node;
  guint              line;
  char              *label;  /* question “Name”, or question 7 when it has none */
  char              *skip;   /* why it is skipped, %NULL while it is fine */
} ScMoodleXmlQuestion;

/* The file and its tree (sc-moodle-xml-document.c) */
GBytes      *sc_moodle_xml_load              (const char          *path,
                                              const char          *file,
                                              GError             **error);
xmlDoc      *sc_moodle_xml_open              (const char          *data,
                                              gsize                size,
                                              const char          *file,
                                              GError             **error);
gboolean     sc_moodle_xml_is                (xmlNode             *node,
                                              const char          *name);
xmlNode     *sc_moodle_xml_child             (xmlNode             *node,
                                              const char          *name);
char        *sc_moodle_xml_content           (xmlNode             *node);
char        *sc_moodle_xml_value             (xmlNode             *parent,
                                              const char          *name);
char        *sc_moodle_xml_attr              (xmlNode             *node,
                                              const char          *name);
guint        sc_moodle_xml_line              (xmlNode             *node);
GBytes      *sc_moodle_xml_decode_base64     (xmlNode             *node);

/* Values inside a question (sc-moodle-xml-values.c) */
void         sc_moodle_xml_skip              (ScMoodleXmlQuestion *question,
                                              const char          *format,
                                              ...) G_GNUC_PRINTF (2, 3);
void         sc_moodle_xml_note              (ScMoodleXmlQuestion *question,
                                              xmlNode             *node,
                                              const char          *format,
                                              ...) G_GNUC_PRINTF (3, 4);
char        *sc_moodle_xml_trim              (char                *text);
void         sc_moodle_xml_read_text         (xmlNode             *container,
                                              ScQuestionText      *out);
gboolean     sc_moodle_xml_read_flag         (xmlNode             *node,
                                              const char          *name,
                                              gboolean             fallback);
gboolean     sc_moodle_xml_parse_number      (const char          *text,
                                              double              *value);
void         sc_moodle_xml_read_number       (ScMoodleXmlQuestion *question,
                                              xmlNode             *parent,
                                              const char          *name,
                                              double              *value,
                                              char               **source);
void         sc_moodle_xml_read_integer      (ScMoodleXmlQuestion *question,
                                              xmlNode             *parent,
                                              const char          *name,
                                              gint64               min,
                                              gint64               max,
                                              gint64              *value);
int          sc_moodle_xml_read_choice       (xmlNode             *parent,
                                              const char          *name,
                                              const char * const  *names,
                                              const int           *values,
                                              int                  fallback);

/* Question types (sc-moodle-xml-types.c) */
ScQuestion  *sc_moodle_xml_read_question     (ScMoodleXmlQuestion *question,
                                              const char          *type);

G_END_DECLS
