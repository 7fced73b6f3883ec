# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './amounts_box.png'
set terminal pngcairo size 1000,358 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set title 'Amounts in amount_kzt by channel' noenhanced font ',13'
set logscale x
set bmargin 5.7
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset key
set style fill solid 0.5 border lc rgb '#0072B2'
set xtics ( \
    '100' 100, \
    '1,000' 1000, \
    '10,000' 10000, \
    '100,000' 100000) nomirror noenhanced
set xrange [99.900099900099917:100000]
set xlabel 'amount_kzt (KZT), logarithmic scale' noenhanced
set ytics ( \
    'Kaspi' 4, \
    'bank transfer' 3, \
    'card' 2, \
    'cash' 1) nomirror scale 0 noenhanced
set y2tics ( \
    'median 3,000 KZT · n = 4,611' 4, \
    'median 3,000 KZT · n = 649' 3, \
    'median 3,000 KZT · n = 1,732' 2, \
    'median 3,000 KZT · n = 222' 1) scale 0 noenhanced
set label 'Box: middle half of the amounts (quartiles, Hyndman-Fan type 7); black bar: median; whiskers: smallest to largest.' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'The axis is logarithmic because the amounts range over more than a factor of 100: equal steps are equal ratios.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$summary << CASESTAT_EOD
0 4 200 1600 3000 5500 84000
1 3 200 1500 3000 5500 55500
2 2 200 1600 3000 5233.7775000000001 66000
3 1 200 1754.0549999999998 3000 5000 39000
CASESTAT_EOD
plot $summary using 4:2:4:6:($2-0.3):($2+0.3) with boxxyerror lc rgb '#56B4E9' notitle, \
     $summary using 3:2:($4-$3):(0) with vectors nohead lc rgb '#404040' lw 1.5 notitle, \
     $summary using 6:2:($7-$6):(0) with vectors nohead lc rgb '#404040' lw 1.5 notitle, \
     $summary using 5:($2-0.3):(0):(0.6) with vectors nohead lc rgb '#000000' lw 3 notitle
