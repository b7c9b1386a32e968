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
if(GLOSS_FUZZ)
    # Coverage for libFuzzer in every library; only the fuzz targets link the fuzzer's main.
    target_compile_options(gloss_compiler_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gloss_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
if(GLOSS_SANITIZE)
    target_compile_options(gloss_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gloss_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
