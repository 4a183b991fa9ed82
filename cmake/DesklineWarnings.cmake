# deskline_set_warnings(<target>): the project's warning level, applied to every target we own.
function(deskline_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(DESKLINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Strings are Unicode everywhere; make accidental ASCII/Latin-1 conversions a compile error.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER)
endfunction()
