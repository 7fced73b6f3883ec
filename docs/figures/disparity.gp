# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './disparity.png'
set terminal pngcairo size 1000,616 font 'DejaVu Sans,10' noenhanced
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
set title 'Amounts compared, pair by pair' noenhanced font ',13'
set bmargin 4.45
set logscale y
set xrange [0.4:3.6]
set grid ytics noxtics
set style fill solid 0.9 noborder
set key top right
set yrange [9990.0099900099904:10000000]
set ytics ( \
    '10,000' 10000, \
    '100,000' 100000, \
    '1,000,000' 1000000, \
    '10,000,000' 10000000) nomirror noenhanced
set ylabel 'amount (KZT), logarithmic scale' noenhanced
set xtics ( \
    'public_claim vs prosecution' 1, \
    'prosecution vs complaints' 2, \
    'public_claim vs complaints' 3) nomirror scale 0 noenhanced
set label '×87.0' at first 1, first 2000000 center offset 0,2.2 font ',12' noenhanced
set label '2,000,000' at first 0.82, first 2000000 center offset 0,0.7 font ',9' noenhanced
set label '23,000' at first 1.18, first 23000 center offset 0,0.7 font ',9' noenhanced
set label '×1.44' at first 2, first 23000 center offset 0,2.2 font ',12' noenhanced
set label '23,000' at first 1.82, first 23000 center offset 0,0.7 font ',9' noenhanced
set label '16,000' at first 2.18, first 16000 center offset 0,0.7 font ',9' noenhanced
set label '×125' at first 3, first 2000000 center offset 0,2.2 font ',12' noenhanced
set label '2,000,000' at first 2.82, first 2000000 center offset 0,0.7 font ',9' noenhanced
set label '16,000' at first 3.18, first 16000 center offset 0,0.7 font ',9' noenhanced
set label 'Bars start at the bottom of a logarithmic axis: each gridline is ten times the one below.  × = first amount divided by second amount.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$pairs << CASESTAT_EOD
0 1 2000000 23000
1 2 23000 16000
2 3 2000000 16000
CASESTAT_EOD
plot $pairs using ($2-0.18):3:($2-0.36):2:(10000):3 with boxxyerror lc rgb '#D55E00' title 'first amount', \
     $pairs using ($2+0.18):4:2:($2+0.36):(10000):4 with boxxyerror lc rgb '#0072B2' title 'second amount'
