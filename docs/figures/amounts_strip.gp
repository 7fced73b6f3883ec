# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './amounts_strip.png'
set terminal pngcairo size 1000,320 font 'DejaVu Sans,10' noenhanced
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
set title 'Amounts in alleged_by_prosecution_kzt' noenhanced font ',13'
set bmargin 4.45
set yrange [0.4:1.6]
set link y2
set grid noytics xtics
unset key
set style fill solid 0.5 border lc rgb '#0072B2'
set xtics ( \
    '0' 0, \
    '1,000' 1000, \
    '2,000' 2000, \
    '3,000' 3000, \
    '4,000' 4000, \
    '5,000' 5000) nomirror noenhanced
set xrange [0:5150]
set xlabel 'alleged_by_prosecution_kzt (KZT)' noenhanced
set ytics ( \
    'all' 1) nomirror scale 0 noenhanced
set y2tics ( \
    'median 3,000 KZT · n = 7' 1) scale 0 noenhanced
set label 'Each dot is one amount (spread vertically so they do not hide each other).  Black bar: median.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$summary << CASESTAT_EOD
0 1 2000 2500 3000 4000 5000
CASESTAT_EOD
$values << CASESTAT_EOD
0 2000 0.71999999999999997
1 2000 1.0660990336999412
2 3000 0.85219806739988224
3 3000 1.1982971010998233
4 3000 0.98439613479976462
5 5000 0.77049516849970567
6 5000 1.1165942021996469
CASESTAT_EOD
plot $values using 2:3 with points pt 7 ps 0.9 lc rgb '#400072B2' notitle, \
     $summary using 5:($2-0.38):(0):(0.76) with vectors nohead lc rgb '#000000' lw 3 notitle
