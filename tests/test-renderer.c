/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mg-renderer.h"

/* Software GL as Mesa is told it, or with no GPU driver there: cairo,
 * unless the user chose a renderer. */
static void
test_software (void)
{
  gboolean gpu = g_file_test ("/dev/dri", G_FILE_TEST_IS_DIR);
  g_autoptr (GDir) dir = gpu ? g_dir_open ("/dev/dri", 0, NULL) : NULL;
  gboolean render_node = FALSE;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    render_node = render_node || g_str_has_prefix (name, "renderD");

  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_unsetenv ("GALLIUM_DRIVER");
  g_assert_cmpint (mg_renderer_gl_is_software (), ==, !render_node);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_true (mg_renderer_gl_is_software ());
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "0", TRUE);
  g_assert_cmpint (mg_renderer_gl_is_software (), ==, !render_node);
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_setenv ("GALLIUM_DRIVER", "llvmpipe", TRUE);
  g_assert_true (mg_renderer_gl_is_software ());
  g_unsetenv ("GALLIUM_DRIVER");
}

static void
test_choose (void)
{
  g_setenv ("GSK_RENDERER", "ngl", TRUE);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  mg_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "ngl");
  g_unsetenv ("GSK_RENDERER");
  mg_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer/software", test_software);
  g_test_add_func ("/renderer/choose", test_choose);
  return g_test_run ();
}
