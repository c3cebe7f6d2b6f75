/* sc-moodle-xml-document.c - a Moodle XML file read as warily as course files, before any question
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question bank comes from anywhere, so it is read the way course files
 * are (sc-content-xml.c): into memory by us with a size cap, refused when
 * empty, compressed or not UTF-8, parsed with XML_PARSE_NONET and
 * XML_PARSE_BIG_LINES only (never XML_PARSE_HUGE, which turns off
 * libxml2's entity-amplification guard), and any DOCTYPE stops the parser
 * before an entity can be declared. Errors go to a handler on this
 * parser context only. Then the whole tree is checked before a question
 * is read: every embedded file must be strictly valid base64 under an
 * allowed name, and no text may be over the cap. Any of this refuses the
 * file as a whole, with a GError naming file and line.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "sc-content-xml.h"
#include "sc-error.h"
#include "sc-moodle-xml-private.h"

typedef struct
{
  const char *file;
  guint       doctype_line;
  gboolean    doctype;
  guint       error_line;
  char       *error_message;  /* the first error libxml2 reported */
  gboolean    too_large;
} ParseState;

static gboolean reject (GError     **error,
                        const char  *file,
                        guint        line,
                        const char  *format,
                        ...) G_GNUC_PRINTF (4, 5);

static gboolean
reject (GError     **error,
        const char  *file,
        guint        line,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT, "%s:%u: %s", file, line, message);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT, "%s: %s", file, message);

  return FALSE;
}

gboolean
sc_moodle_xml_is (xmlNode    *node,
                  const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         g_str_equal ((const char *) node->name, name);
}

/**
 * sc_moodle_xml_child:
 *
 * Returns: (transfer none) (nullable): the first child element named @name
 */
xmlNode *
sc_moodle_xml_child (xmlNode    *node,
                     const char *name)
{
  if (node == NULL)
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (sc_moodle_xml_is (child, name))
      return child;

  return NULL;
}

/**
 * sc_moodle_xml_content:
 *
 * Returns: (transfer full) (nullable): the text of @node, CDATA and
 *   escaped text alike, or %NULL when @node is %NULL
 */
char *
sc_moodle_xml_content (xmlNode *node)
{
  xmlChar *content;
  char *copy;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  copy = g_strdup (content != NULL ? (const char *) content : "");
  xmlFree (content);

  return copy;
}

/**
 * sc_moodle_xml_value:
 *
 * Returns: (transfer full) (nullable): the trimmed text of the child
 *   element @name, %NULL when there is none
 */
char *
sc_moodle_xml_value (xmlNode    *parent,
                     const char *name)
{
  char *value = sc_moodle_xml_content (sc_moodle_xml_child (parent, name));

  return value != NULL ? g_strstrip (value) : NULL;
}

char *
sc_moodle_xml_attr (xmlNode    *node,
                    const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);

  return copy;
}

guint
sc_moodle_xml_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) line : 0;
}

/**
 * sc_moodle_xml_decode_base64:
 * @node: a <file> or <image_base64> the document check found valid
 *
 * Returns: (transfer full): the bytes
 */
GBytes *
sc_moodle_xml_decode_base64 (xmlNode *node)
{
  g_autofree char *content = sc_moodle_xml_content (node);
  gsize length = 0;
  guchar *data;

  g_strstrip (content);
  if (*content == '\0')
    return g_bytes_new (NULL, 0);

  data = g_base64_decode (content, &length);

  return g_bytes_new_take (data, length);
}

static gboolean
check_bytes (const char  *data,
             gsize        size,
             const char  *file,
             GError     **error)
{
  const char *compression = sc_content_compression_name ((const guchar *) data, size);
  const char *end = NULL;

  if (size == 0)
    return reject (error, file, 0, "%s", _("is empty; export the questions from Moodle again"));

  if (compression != NULL)
    /* TRANSLATORS: %s is a compression format such as "gzip" */
    return reject (error, file, 0, _("is compressed (%s); unpack it and import the XML file "
                                     "inside"), compression);

  if (size >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe) &&
      ((guchar) data[1] == 0xff || (guchar) data[1] == 0xfe) && data[0] != data[1])
    return reject (error, file, 0, "%s", _("is saved as UTF-16; save it as UTF-8"));

  if (size > SC_MOODLE_XML_MAX_FILE_SIZE)
    return reject (error, file, 0, _("is larger than %d MiB; export the questions in smaller "
                                     "files"), SC_MOODLE_XML_MAX_FILE_SIZE / (1024 * 1024));

  if (!g_utf8_validate_len (data, size, &end))
    {
      guint line = sc_content_line_of_offset (data, end - data);

      if (*end == '\0')
        return reject (error, file, line, "%s",
                       _("contains a NUL byte; is this really a Moodle XML file?"));

      return reject (error, file, line,
                     _("the text is not valid UTF-8 (byte 0x%02X); save the file as UTF-8"),
                     (guchar) *end);
    }

  return TRUE;
}

static void
on_parse_error (void        *user_data,
                xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  /* After a DOCTYPE the parser is stopped; anything it says is noise. */
  if (state->doctype || error->message == NULL || error->level < XML_ERR_ERROR)
    return;

  /* libxml2's own cap on one text (10,000,000 bytes), above ours. */
  if (strstr (error->message, "huge text node") != NULL ||
      strstr (error->message, "Huge input lookup") != NULL ||
      strstr (error->message, "too big") != NULL)
    state->too_large = TRUE;

  if (state->error_message == NULL)
    {
      state->error_line = MAX (error->line, 0);
      state->error_message = g_strndup (error->message, strcspn (error->message, "\r\n"));
      g_strstrip (state->error_message);
    }
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->doctype = TRUE;
  state->doctype_line = ctxt->input != NULL ? MAX (ctxt->input->line, 1) : 1;
  xmlStopParser (ctxt);
}

static xmlDoc *
parse (const char  *data,
       gsize        size,
       const char  *file,
       GError     **error)
{
  ParseState state = { file, 0, FALSE, 0, NULL, FALSE };
  xmlParserCtxtPtr ctxt;
  gboolean failed;
  xmlDoc *doc;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      reject (error, file, 0, "%s", _("cannot be read: out of memory"));
      return NULL;
    }

  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;

  doc = xmlCtxtReadMemory (ctxt, data, (int) size, file, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  xmlFreeParserCtxt (ctxt);

  if (state.doctype)
    reject (error, file, state.doctype_line, "%s",
            _("a DOCTYPE is not allowed in question files; remove the <!DOCTYPE …> "
              "declaration"));
  else if (state.too_large)
    reject (error, file, state.error_line,
            _("a text or embedded file is larger than %d MiB; make the pictures in this "
              "question smaller"), SC_MOODLE_XML_MAX_TEXT_SIZE / (1024 * 1024));
  else if (state.error_message != NULL)
    /* TRANSLATORS: %s is libxml2's description of the error, in English */
    reject (error, file, state.error_line, _("the file is not well-formed XML: %s"),
            state.error_message);
  else if (doc == NULL)
    reject (error, file, 0, "%s", _("the file is not well-formed XML"));

  failed = state.doctype || state.too_large || state.error_message != NULL;
  g_free (state.error_message);

  if (doc != NULL && failed)
    g_clear_pointer (&doc, xmlFreeDoc);

  return doc;
}

/* The document check: every embedded file valid, every text within the cap */

static gboolean
check_base64 (xmlNode     *node,
              const char  *what,
              const char  *file,
              GError     **error)
{
  g_autofree char *content = sc_moodle_xml_content (node);
  guint line = sc_moodle_xml_line (node);
  gsize n = 0;
  guint padding = 0;

  if (strlen (content) > SC_MOODLE_XML_MAX_TEXT_SIZE)
    /* TRANSLATORS: %s is a file name inside a question, such as “flag.png” */
    return reject (error, file, line,
                   _("the embedded file %s is larger than %d MiB; make it smaller"),
                   what, SC_MOODLE_XML_MAX_TEXT_SIZE / (1024 * 1024));

  /* g_base64_decode() skips what it does not know; a damaged file must
   * not turn into a silently different picture. */
  for (const char *p = content; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        continue;

      if (c == '=' && padding < 2)
        {
          padding++;
          n++;
          continue;
        }

      if (padding > 0 || !(g_ascii_isalnum (c) || c == '+' || c == '/'))
        {
          g_autofree char *shown = g_ascii_isgraph (c) ? g_strdup_printf ("“%c”", c)
                                                       : g_strdup_printf ("byte 0x%02X", c);

          return reject (error, file, line,
                         /* TRANSLATORS: the first %s is a file name, the second a character
                          * such as “#” or a byte such as “byte 0x01” */
                         _("the embedded file %s is damaged: %s at character %u cannot be in "
                           "base64; export the question again"),
                         what, shown, (guint) (p - content) + 1);
        }

      n++;
    }

  if (n % 4 != 0)
    return reject (error, file, line,
                   _("the embedded file %s is cut short: its base64 text ends in the middle; "
                     "export the question again"), what);

  return TRUE;
}

static gboolean
check_file_element (xmlNode     *node,
                    const char  *file,
                    GError     **error)
{
  g_autofree char *name = sc_moodle_xml_attr (node, "name");
  g_autofree char *encoding = sc_moodle_xml_attr (node, "encoding");
  g_autofree char *what = NULL;
  guint line = sc_moodle_xml_line (node);

  if (name == NULL || *name == '\0' || strchr (name, '/') != NULL || strchr (name, '\\') != NULL ||
      g_str_equal (name, ".") || g_str_equal (name, ".."))
    return reject (error, file, line,
                   _("the embedded file name “%s” is not allowed: a name must not be empty or "
                     "contain “/” or “\\”"), name != NULL ? name : "");

  what = g_strdup_printf ("“%s”", name);
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "base64") != 0)
    return reject (error, file, line,
                   _("the embedded file %s uses the encoding “%s”; only base64 can be "
                     "imported"), what, encoding);

  return check_base64 (node, what, file, error);
}

static gboolean
check_tree (xmlNode     *node,
            const char  *file,
            GError     **error)
{
  gsize text_length = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          text_length += child->content != NULL ? strlen ((const char *) child->content) : 0;
          if (text_length > SC_MOODLE_XML_MAX_TEXT_SIZE)
            return reject (error, file, sc_moodle_xml_line (node),
                           _("a text or embedded file is larger than %d MiB; make the pictures "
                             "in this question smaller"),
                           SC_MOODLE_XML_MAX_TEXT_SIZE / (1024 * 1024));
          continue;
        }

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (sc_moodle_xml_is (child, "file"))
        {
          if (!check_file_element (child, file, error))
            return FALSE;
          continue;
        }

      if (sc_moodle_xml_is (child, "image_base64"))
        {
          if (!check_base64 (child, _("of the legacy <image_base64>"), file, error))
            return FALSE;
          continue;
        }

      if (!check_tree (child, file, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * sc_moodle_xml_load:
 * @path: the file to read
 * @file: the name to report problems under
 *
 * Returns: (transfer full) (nullable): the bytes, at most
 *   %SC_MOODLE_XML_MAX_FILE_SIZE of them
 */
GBytes *
sc_moodle_xml_load (const char  *path,
                    const char  *file,
                    GError     **error)
{
  return sc_content_read_file_capped (path, file, SC_MOODLE_XML_MAX_FILE_SIZE, error);
}

/**
 * sc_moodle_xml_open:
 * @file: the name to report problems under
 *
 * Returns: (transfer full) (nullable): the document, its root a <quiz>
 *   and every embedded file and text checked; %NULL with @error set when
 *   the file is refused as a whole
 */
xmlDoc *
sc_moodle_xml_open (const char  *data,
                    gsize        size,
                    const char  *file,
                    GError     **error)
{
  xmlDoc *doc;
  xmlNode *root;

  if (!check_bytes (data, size, file, error))
    return NULL;

  doc = parse (data, size, file, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !sc_moodle_xml_is (root, "quiz"))
    {
      reject (error, file, root != NULL ? sc_moodle_xml_line (root) : 0,
                            _("the root element is <%s>, not <quiz>; this is not a Moodle XML "
                              "question file"), root != NULL ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  if (!check_tree (root, file, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}
