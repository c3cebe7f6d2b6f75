/* sc-screenshot.h - render a page of the real window to a PNG
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-window.h"

G_BEGIN_DECLS

typedef struct
{
  char     *path;          /* the PNG to write */
  char     *page;          /* a section name */
  int       width;
  int       height;
  gboolean  dark;
  gboolean  presentation;
} ScScreenshotRequest;

ScScreenshotRequest *sc_screenshot_request_from_env (GError              **error);
ScScreenshotRequest *sc_screenshot_request_parse    (const char           *path,
                                                     const char           *page,
                                                     const char           *size,
                                                     gboolean              dark,
                                                     gboolean              presentation,
                                                     GError              **error);
void                 sc_screenshot_request_apply    (ScScreenshotRequest  *request,
                                                     GSettings            *settings);
void                 sc_screenshot_request_free     (ScScreenshotRequest  *request);
GdkTexture          *sc_screenshot_render           (GtkWidget            *widget,
                                                     GError              **error);
gboolean             sc_screenshot_save             (GtkWidget            *widget,
                                                     const char           *path,
                                                     GError              **error);
void                 sc_screenshot_take             (ScWindow             *window,
                                                     const char           *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScScreenshotRequest, sc_screenshot_request_free)

G_END_DECLS
