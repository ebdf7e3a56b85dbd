/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#if defined(_WIN32) || defined(__CYGWIN__)
# ifdef WINNOW_COMPILATION
#  define _WINNOW_EXPORT __declspec(dllexport) extern
# else
#  define _WINNOW_EXPORT __declspec(dllimport) extern
# endif
#elif defined(__GNUC__)
# define _WINNOW_EXPORT __attribute__((visibility("default"))) extern
#else
# define _WINNOW_EXPORT extern
#endif

/* Every public symbol carries this, so the library can be built with
 * -fvisibility=hidden and export only its API. */
#define WINNOW_AVAILABLE_IN_ALL _WINNOW_EXPORT
