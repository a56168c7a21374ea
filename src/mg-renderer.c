/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-renderer"

#include "config.h"

#include <gio/gio.h>

#include "mg-renderer.h"

/* Which of GTK's renderers draws the window. Where OpenGL has no GPU
 * behind it, Mesa draws in software (llvmpipe): GTK's GL renderer then
 * compiles its shaders on the processor at the first launch (the window
 * stays black for a second and a half on two cores), paints each frame
 * more slowly than cairo does, and keeps about 120 MiB of software GL in
 * memory (docs/performance.md). So there Matganana asks for the cairo
 * renderer, unless the user has chosen one with GSK_RENDERER. Where a GPU
 * is there, GTK chooses as it always does. */

/* Whether a GPU driver offers a render node (a display-only device, such
 * as a virtual machine's simpledrm, offers none). */
static gboolean
has_render_node (void)
{
  g_autoptr (GDir) dir = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/**
 * mg_renderer_gl_is_software:
 *
 * Returns: %TRUE when OpenGL would be drawn in software: Mesa is told so
 *   (LIBGL_ALWAYS_SOFTWARE, or llvmpipe or softpipe as its Gallium
 *   driver), or no GPU driver is there to draw with
 */
gboolean
mg_renderer_gl_is_software (void)
{
  const char *always = g_getenv ("LIBGL_ALWAYS_SOFTWARE");
  const char *gallium = g_getenv ("GALLIUM_DRIVER");

  if (always != NULL && *always != '\0' && g_strcmp0 (always, "0") != 0 && g_ascii_strcasecmp (always, "false") != 0)
    return TRUE;
  if (g_strcmp0 (gallium, "llvmpipe") == 0 || g_strcmp0 (gallium, "softpipe") == 0)
    return TRUE;
  return !has_render_node ();
}

/**
 * mg_renderer_choose:
 *
 * Before GTK starts: the cairo renderer where GL would be software and
 * the user has not chosen a renderer.
 */
void
mg_renderer_choose (void)
{
  if (g_getenv ("GSK_RENDERER") != NULL)
    return;
  if (mg_renderer_gl_is_software ())
    g_setenv ("GSK_RENDERER", "cairo", TRUE);
}
