# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every Gloss target shares: warnings, string-safety defines, sanitizers.
add_library(gloss_compiler_settings INTERFACE)
target_compile_options(gloss_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers
    $<$<BOOL:${GLOSS_WERROR}>:-Werror>)
target_compile_definitions(gloss_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)
if(GLOSS_SANITIZE OR GLOSS_FUZZ)
    # GLOSS_FUZZ adds libFuzzer's coverage to every library; only the fuzz targets link the
    # fuzzer's main, so the same build also runs the whole test suite under the sanitizers.
    target_compile_options(gloss_compiler_settings INTERFACE
        $<$<BOOL:${GLOSS_FUZZ}>:-fsanitize=fuzzer-no-link>
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gloss_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
