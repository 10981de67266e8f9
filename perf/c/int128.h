/* Decimal printing of unsigned __int128 (printf has no conversion for it). */
#include <stdio.h>

static void print_u128(unsigned __int128 v)
{
    char buf[48];
    int i = sizeof buf - 1;
    buf[i] = '\0';
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v != 0);
    puts(buf + i);
}
