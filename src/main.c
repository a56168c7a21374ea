/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mg-application.h"
#include "mg-bench-hooks.h"
#include "mg-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (MgApplication) app = NULL;
  const char *localedir = g_getenv ("MATGANANA_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* MATGANANA_LOCALEDIR lets the test suite use the catalogues in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  mg_bench_mark ("main");
  mg_renderer_choose ();
  app = mg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
